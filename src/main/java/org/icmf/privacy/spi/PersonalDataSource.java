package org.icmf.privacy.spi;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * A module holding personal data found by e-mail address (RGPD): it shows it to its owner and erases it on
 * request. The "Mes données" pages gather every source, so a new module with personal data joins by
 * implementing this. The {@code email} it is given is already stripped and in lower case: sources compare it
 * with {@code lower(column)}.
 */
public interface PersonalDataSource {

    DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What this data is, as a heading: "Adhésion", "Inscriptions aux événements", … (from messages.properties) */
    String title();

    /** The records held for this address, each as ordered label → value pairs (French labels). */
    List<Map<String, String>> find(String email);

    /**
     * Erases what is held for this address, keeping only what the law requires (accounting records, made
     * anonymous); returns how many records were erased or anonymised.
     */
    int erase(String email);

    /**
     * A database row as a record its owner can read: each column's SQL alias is the key of its name in
     * messages.properties, codes are turned into words by {@code words} (column → code → word, for the columns
     * that hold codes), yes/no, French dates in the site's zone, amounts with a decimal comma; empty values left
     * out.
     */
    static Map<String, String> record(
            Map<String, Object> row,
            ZoneId zone,
            Map<String, Function<String, String>> words,
            MessageSourceAccessor messages) {
        Map<String, String> record = new LinkedHashMap<>();
        row.forEach((column, value) -> {
            String text = text(value, zone, words.getOrDefault(column, Function.identity()), messages);
            if (!text.isBlank()) {
                record.put(messages.getMessage(column), text);
            }
        });
        return record;
    }

    private static String text(
            Object value, ZoneId zone, Function<String, String> words, MessageSourceAccessor messages) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean yes) {
            return messages.getMessage(yes ? "answer.yes" : "answer.no");
        }
        if (value instanceof Timestamp timestamp) {
            return DATE_TIME.format(timestamp.toInstant().atZone(zone));
        }
        if (value instanceof OffsetDateTime time) {
            return DATE_TIME.format(time.atZoneSameInstant(zone));
        }
        if (value instanceof Date date) {
            return DATE.format(date.toLocalDate());
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString().replace('.', ',');
        }
        return words.apply(value.toString());
    }
}
