package org.icmf.contact;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.icmf.regions.Region;
import org.icmf.support.FormStamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Test data of the contact tests: every address ends with {@code @contact.example}, so that one clean-up removes
 * the messages, their mails and the representatives the tests made.
 */
final class ContactFixtures {

    static final String DOMAIN = "@contact.example";

    /**
     * A stamp of a form shown 20 s before the first test asked for it, as if a person had taken time to type (signed
     * with the tests' form key); shared, since a form is recognised as sent again only when its stamp, e-mail and text
     * are all the same.
     */
    private static final String AGED_STAMP = FormStamps.shownSecondsAgo(20);

    private ContactFixtures() {}

    static String agedStamp() {
        return AGED_STAMP;
    }

    /** The contact form as a person sends it to the board, from a client address; change fields with {@link #with}. */
    static final class Post {

        private final Map<String, String> fields;
        private final String address;

        private Post(Map<String, String> fields, String address) {
            this.fields = fields;
            this.address = address;
        }

        static Post from(String address, String stamp) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("name", "Camille Martin");
            fields.put("email", "camille" + DOMAIN);
            fields.put("organisation", "La Nouvelle République");
            fields.put("topic", "PRESS");
            fields.put(
                    "message",
                    "Bonjour,\nje prépare un article sur le métier de community manager. Pouvons-nous en parler ?");
            fields.put("consent", "true");
            fields.put("stamp", stamp);
            fields.put("website", "");
            return new Post(fields, address);
        }

        Post with(String name, String value) {
            Map<String, String> changed = new LinkedHashMap<>(fields);
            if (value == null) {
                changed.remove(name);
            } else {
                changed.put(name, value);
            }
            return new Post(changed, address);
        }

        MockHttpServletRequestBuilder request() {
            MockHttpServletRequestBuilder request = post("/contact")
                    .with(csrf())
                    .with(sent -> {
                        sent.setRemoteAddr(address);
                        return sent;
                    });
            fields.forEach(request::param);
            return request;
        }
    }

    /** A client address of its own for each test, so that the rate limit counts each test apart. */
    static String address() {
        return "198.51.100." + (int) (Math.random() * 250 + 1) + "-" + UUID.randomUUID();
    }

    /** A member designated as the region's representative; returns their member id. */
    static long representative(JdbcClient jdbc, Region region, String firstName, String lastName, String email) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long application = jdbc.sql("""
                insert into membership_application (reference, status, first_name, last_name, email, street_address,
                    postal_code, city, country, region, volunteer_regional, volunteer_roles, fee_amount, directory_opt_in,
                    consented_at, created_at)
                values (:reference, 'ACCEPTED', :first, :last, :email, '1 rue des Essais', '37000', 'Tours', 'France',
                    :region, true, '', 30, false, now(), now()) returning id""")
                .param("reference", "CT-" + suffix)
                .param("first", firstName)
                .param("last", lastName)
                .param("email", email)
                .param("region", region.name())
                .query(Long.class)
                .single();
        long member = jdbc.sql("""
                insert into membership_member (member_number, application_id, first_name, last_name, email,
                    street_address, postal_code, city, country, region, organisation, directory_opt_in, joined_at)
                values (:number, :application, :first, :last, :email, '1 rue des Essais', '37000', 'Tours', 'France',
                    :region, 'Antenne régionale', false, now()) returning id""")
                .param("number", "CT" + suffix)
                .param("application", application)
                .param("first", firstName)
                .param("last", lastName)
                .param("email", email)
                .param("region", region.name())
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into regions_representative (region, member_id, designated_at, designated_by)
                values (:region, :member, now(), 'Essais')""").param("region", region.name()).param("member", member).update();
        return member;
    }

    static void clean(JdbcClient jdbc) {
        jdbc.sql("""
                delete from mail_outbox where id in (select l.mail_id from contact_message_mail l
                    join contact_message m on m.id = l.message_id where m.sender_email like '%@contact.example')""").update();
        jdbc.sql("delete from contact_message where sender_email like '%@contact.example'")
                .update();
        jdbc.sql("delete from mail_outbox where recipient like '%@contact.example'")
                .update();
        jdbc.sql("""
                delete from regions_representative where member_id in
                    (select id from membership_member where email like '%@contact.example')""").update();
        jdbc.sql("delete from membership_member where email like '%@contact.example'")
                .update();
        jdbc.sql("delete from membership_application where email like '%@contact.example'")
                .update();
        jdbc.sql("delete from form_attempt where email like '%@contact.example'")
                .update();
        jdbc.sql("delete from personal_data_request where email like '%@contact.example'")
                .update();
    }

    static List<String> recipientsOf(JdbcClient jdbc, String subjectStart) {
        return jdbc.sql("select recipient from mail_outbox where subject like :subject order by id")
                .param("subject", subjectStart + "%")
                .query(String.class)
                .list();
    }
}
