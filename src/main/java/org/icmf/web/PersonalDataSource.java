package org.icmf.web;

import java.util.List;
import java.util.Map;

/**
 * A module holding personal data found by e-mail address (RGPD): it shows it to its owner and erases it on
 * request. The "Mes données" pages gather every source, so a new module with personal data joins by
 * implementing this.
 */
public interface PersonalDataSource {

    /** What this data is, in French, as a heading: "Adhésion", "Inscriptions aux événements", … */
    String title();

    /** The records held for this address, each as ordered label → value pairs (French labels). */
    List<Map<String, String>> find(String email);

    /**
     * Erases what is held for this address, keeping only what the law requires (accounting records, made
     * anonymous); returns how many records were erased or anonymised.
     */
    int erase(String email);

    /** A database row as a record to show: column names as labels, nulls as empty text. */
    static Map<String, String> record(Map<String, Object> row) {
        Map<String, String> record = new java.util.LinkedHashMap<>();
        row.forEach((column, value) -> record.put(column.replace('_', ' '), value == null ? "" : value.toString()));
        return record;
    }
}
