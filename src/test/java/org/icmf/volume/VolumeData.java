package org.icmf.volume;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The site at the size a long-lived association reaches, to measure it there (docs/operations.md, "Volume"): at
 * scale 1, 10,000 posts with labels, 200,000 comments (one post carrying a thread of 3,012), 100,000 members with
 * dues, 200 events with 5,000 registrations. Written straight into PostgreSQL with {@code generate_series}, in one
 * transaction, once: a database that already holds the generated posts is left as it is. Everything generated is
 * recognisable by its {@code volume-} slugs, {@code V} numbers and {@code @volume.example} addresses. Not a
 * component: only {@link VolumeDataApplication} adds it, so no test context ever generates anything.
 */
public class VolumeData {

    private static final Logger log = LoggerFactory.getLogger(VolumeData.class);

    @Bean
    ApplicationRunner generateVolumeData(
            JdbcClient jdbc, TransactionTemplate transactions, @Value("${icmf.volume.scale:1}") double scale) {
        return arguments -> {
            long started = System.nanoTime();
            boolean generated = transactions.execute(status -> generate(jdbc, scale));
            if (generated) {
                log.info(
                        "Volume data generated at scale {} in {} s",
                        scale,
                        (System.nanoTime() - started) / 1_000_000_000);
            } else {
                log.info("Volume data already present: left as it is");
            }
        };
    }

    /** Generates everything at the given scale unless it is there already; says whether it generated. */
    static boolean generate(JdbcClient jdbc, double scale) {
        if (jdbc.sql("select exists (select 1 from blog_post where slug = 'volume-article-1')")
                .query(Boolean.class)
                .single()) {
            return false;
        }
        Sizes sizes = Sizes.at(scale);
        // Joins on computed keys over rows just inserted, without statistics: hash joins, never nested loops.
        jdbc.sql("set local enable_nestloop = off").update();
        // 200,000 comments in one statement outlast the site's 5 s statement timeout, which is for requests.
        jdbc.sql("set local statement_timeout = 0").update();
        posts(jdbc, sizes);
        comments(jdbc, sizes);
        members(jdbc, sizes);
        events(jdbc, sizes);
        jdbc.sql("analyze").update();
        return true;
    }

    /** How many of each thing; at least one of each, so that a small scale still exercises every page. */
    record Sizes(int posts, int labels, int comments, int longThread, int members, int events, int registrations) {

        static Sizes at(double scale) {
            return new Sizes(
                    atLeastOne(10_000 * scale),
                    40,
                    atLeastOne(200_000 * scale),
                    atLeastOne(3_012 * scale),
                    atLeastOne(100_000 * scale),
                    atLeastOne(200 * scale),
                    atLeastOne(5_000 * scale));
        }

        private static int atLeastOne(double count) {
            return Math.max(1, (int) Math.round(count));
        }
    }

    /**
     * Posts one every 13 hours back from now, in French sentences drawn from a small vocabulary so that search has
     * common words ("communauté" in two posts out of three) and rare ones; each post has one or two of 40 labels.
     */
    private static void posts(JdbcClient jdbc, Sizes sizes) {
        jdbc.sql("""
                insert into blog_label (slug, name)
                select 'volume-theme-' || k, 'Thème ' || k from generate_series(1, :labels) k
                on conflict (slug) do nothing""").param("labels", sizes.labels()).update();
        jdbc.sql("""
                with sentence as (
                    select i,
                           case when i % 3 = 0 then 'Le métier évolue vite.' else 'La communauté grandit.' end
                               || ' ' || (array['La communauté', 'Le community manager', 'L''association', 'La marque',
                                                'Le réseau social', 'La modération'])[1 + i % 6]
                               || ' ' || (array['anime', 'écoute', 'fédère', 'accompagne', 'mesure'])[1 + i % 5]
                               || ' ' || (array['ses membres', 'les conversations', 'une charte éthique',
                                                'les forums', 'un café à Tours', 'les avis clients',
                                                'la veille'])[1 + i % 7]
                               || ', chronique ' || i || '.' as opening,
                           'Un deuxième paragraphe, pour que l''extrait soit coupé : écouter demande du temps, de '
                               || 'la méthode et de la constance.' as closing
                    from generate_series(1, :posts) i
                )
                insert into blog_post (slug, title, body_markdown, body_html, body_text, excerpt_html,
                                       excerpt_truncated, author_name, status, published_at, created_at, updated_at)
                select 'volume-article-' || i, 'Chronique n° ' || i, opening || E'\n\n' || closing,
                       '<p>' || opening || E'</p>\n<p>' || closing || '</p>', opening || ' ' || closing,
                       '<p>' || opening || '</p>', true, 'Bureau de l''ICMF', 'PUBLISHED',
                       now() - i * interval '13 hours', now() - i * interval '13 hours',
                       now() - i * interval '13 hours'
                from sentence""").param("posts", sizes.posts()).update();
        jdbc.sql("""
                insert into blog_post_label (post_id, label_id)
                select p.id, l.id
                from blog_post p
                cross join lateral (values (split_part(p.slug, '-', 3)::int % :labels + 1),
                                           (split_part(p.slug, '-', 3)::int * 7 % :labels + 1)) n (k)
                join blog_label l on l.slug = 'volume-theme-' || n.k
                where p.slug like 'volume-article-%'
                on conflict do nothing""").param("labels", sizes.labels()).update();
    }

    /**
     * Comments on the generated posts: the newest post carries the long thread, the others share the rest; nine in
     * ten approved, the others waiting, rejected or spam, as moderation leaves them.
     */
    private static void comments(JdbcClient jdbc, Sizes sizes) {
        jdbc.sql("""
                with post as (
                    select id, published_at, row_number() over (order by published_at desc) - 1 as rank
                    from blog_post where slug like 'volume-article-%'
                ), posts as (select count(*) as n from post)
                insert into comment (subject_type, subject_id, status, author_name, author_email, body, created_at)
                select 'post', p.id,
                       (array['APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'APPROVED',
                              'APPROVED', 'APPROVED', 'PENDING', 'REJECTED', 'SPAM'])[1 + j % 12],
                       'Lecteur ' || j, 'lecteur' || j || '@volume.example',
                       'Merci pour cet article, il m''a été utile (commentaire ' || j || ').',
                       p.published_at + (j % 5000) * interval '1 minute'
                from generate_series(1, :comments) j
                cross join posts
                join post p on p.rank = case when j <= :longThread or posts.n = 1 then 0
                                             else 1 + j % (posts.n - 1) end""")
                .param("comments", sizes.comments())
                .param("longThread", sizes.longThread())
                .update();
    }

    /** Members, each from an accepted application; three in four paid this year's dues, half of them last year's. */
    private static void members(JdbcClient jdbc, Sizes sizes) {
        List<String> regions = List.of(
                "AUVERGNE_RHONE_ALPES",
                "BOURGOGNE_FRANCHE_COMTE",
                "BRETAGNE",
                "CENTRE_VAL_DE_LOIRE",
                "CORSE",
                "GRAND_EST",
                "HAUTS_DE_FRANCE",
                "ILE_DE_FRANCE",
                "NORMANDIE",
                "NOUVELLE_AQUITAINE",
                "OCCITANIE",
                "PAYS_DE_LA_LOIRE",
                "PROVENCE_ALPES_COTE_D_AZUR",
                "GUADELOUPE",
                "GUYANE",
                "MARTINIQUE",
                "LA_REUNION",
                "MAYOTTE",
                "ABROAD");
        jdbc.sql("""
                insert into membership_application (reference, status, first_name, last_name, email, street_address,
                    postal_code, city, country, region, organisation, volunteer_regional, volunteer_roles, fee_amount,
                    directory_opt_in, consented_at, created_at, confirmed_at, decided_at, decided_by_name)
                select 'V' || i, 'ACCEPTED', 'Prénom' || i, 'Nom' || lpad(i::text, 6, '0'),
                       'membre' || i || '@volume.example', i || ' rue du Commerce', '37000', 'Tours', 'France',
                       (string_to_array(:regions, ','))[1 + i % :regionCount], 'Agence ' || i % 500, false, '',
                       30, i % 2 = 0, now() - i * interval '1 hour', now() - i * interval '1 hour',
                       now() - i * interval '1 hour', now() - i * interval '1 hour', 'Bureau'
                from generate_series(1, :members) i""")
                .param("regions", String.join(",", regions))
                .param("regionCount", regions.size())
                .param("members", sizes.members())
                .update();
        jdbc.sql("""
                insert into membership_member (member_number, application_id, first_name, last_name, email,
                    street_address, postal_code, city, country, region, organisation, directory_opt_in, joined_at)
                select 'V' || substr(reference, 2), id, first_name, last_name, email, street_address, postal_code,
                       city, country, region, organisation, directory_opt_in, decided_at
                from membership_application where reference like 'V%' and status = 'ACCEPTED'""").update();
        String dues = """
                select m.id as member_id, y.year, row_number() over (order by m.id, y.year) as n
                from membership_member m
                cross join lateral (values (extract(year from now())::int),
                                           (extract(year from now())::int - 1)) y (year)
                where m.member_number like 'V%'
                  and (y.year = extract(year from now())::int and substr(m.member_number, 2)::int % 4 <> 0
                       or y.year < extract(year from now())::int and substr(m.member_number, 2)::int % 2 = 0)""";
        jdbc.sql("""
                insert into membership_payment (amount, cheque_number, bank, received_on, recorded_at,
                                                recorded_by_name)
                select 30, 'V' || n, 'Banque de Tours', make_date(year, 1, 15), make_date(year, 1, 15), 'Trésorier'
                from (%s) due""".formatted(dues)).update();
        jdbc.sql("analyze membership_payment").update();
        jdbc.sql("""
                insert into membership_due (receipt_number, payment_id, member_id, year, amount)
                select 'V' || due.n, payment.id, due.member_id, due.year, 30
                from (%s) due join membership_payment payment on payment.cheque_number = 'V' || due.n""".formatted(dues)).update();
    }

    /** Events every ten days around today, half past, each with its share of confirmed registrations. */
    private static void events(JdbcClient jdbc, Sizes sizes) {
        jdbc.sql("""
                insert into event (slug, title, category, description_markdown, description_html, starts_at,
                                   venue_name, city, country, price, capacity, max_companions, created_at, updated_at)
                select 'volume-evenement-' || i, 'Rencontre n° ' || i,
                       (array['CAFE', 'MONTHLY_MEETING', 'TRAINING', 'VIDEO_CONFERENCE'])[1 + i % 4],
                       'Une rencontre entre community managers.', '<p>Une rencontre entre community managers.</p>',
                       date_trunc('day', now()) + (2 * i - :events - 1) * interval '5 days' + interval '18 hours',
                       'Café des Halles', 'Tours', 'France', 'Gratuit', 100, 2, now(), now()
                from generate_series(1, :events) i""").param("events", sizes.events()).update();
        jdbc.sql("""
                with event as (
                    select id, created_at, row_number() over (order by id) - 1 as rank, count(*) over () as n
                    from event where slug like 'volume-evenement-%'
                )
                insert into event_registration (event_id, first_name, last_name, email, companions, status,
                                                consent_at, created_at, confirmed_at)
                select e.id, 'Prénom' || j, 'Participant' || j, 'participant' || j || '@volume.example', j % 3,
                       'CONFIRMED', e.created_at, e.created_at, e.created_at
                from generate_series(1, :registrations) j
                join event e on e.rank = j % e.n""").param("registrations", sizes.registrations()).update();
    }
}
