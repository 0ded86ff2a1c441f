package org.icmf.tips;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * A tip as the pages show it, with its label; {@code authorName} is null once its author was erased, and
 * {@code bodyMarkdown} is only read for the board's editor.
 */
record Tip(
        long id,
        String slug,
        String title,
        String bodyHtml,
        String bodyText,
        String bodyMarkdown,
        Label label,
        String authorName,
        Long authorMemberId,
        TipStatus status,
        Instant createdAt,
        Instant publishedAt,
        int usefulCount,
        int flagCount) {

    /** What every query of a whole tip selects, from {@code tips_tip t join tips_label l}. */
    static final String COLUMNS = "t.id, t.slug, t.title, t.body_html, t.body_text, t.body_markdown, t.author_name, "
            + "t.author_member_id, t.status, t.created_at, t.published_at, t.useful_count, t.flag_count, "
            + "l.id as label_id, l.slug as label_slug, l.name as label_name";

    static final String FROM = " from tips_tip t join tips_label l on l.id = t.label_id ";

    private static final int EXCERPT_LENGTH = 220;

    /** @param slug the label's address in the list's filter */
    record Label(long id, String slug, String name) {}

    static Tip read(ResultSet row, int n) throws SQLException {
        return new Tip(
                row.getLong("id"),
                row.getString("slug"),
                row.getString("title"),
                row.getString("body_html"),
                row.getString("body_text"),
                row.getString("body_markdown"),
                new Label(row.getLong("label_id"), row.getString("label_slug"), row.getString("label_name")),
                row.getString("author_name"),
                row.getObject("author_member_id", Long.class),
                TipStatus.valueOf(row.getString("status")),
                instant(row.getTimestamp("created_at")),
                instant(row.getTimestamp("published_at")),
                row.getInt("useful_count"),
                row.getInt("flag_count"));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    public String url() {
        return "/astuces/" + slug;
    }

    /** The start of the text, on one line, for lists. */
    public String excerpt() {
        String line = bodyText.strip();
        if (line.length() <= EXCERPT_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', EXCERPT_LENGTH - 1);
        return line.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH - 1) + "…";
    }
}
