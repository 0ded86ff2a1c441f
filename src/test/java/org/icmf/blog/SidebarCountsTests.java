package org.icmf.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.icmf.blog.BlogViews.ArchiveMonth;
import org.icmf.blog.BlogViews.LabelCount;
import org.icmf.blog.BlogViews.Sidebar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sidebar's counts, kept by the database as posts change, on real PostgreSQL (each test rolls back). */
@DataJpaTest
@Import({SidebarCounts.class, SidebarCountsTests.ParisClock.class})
class SidebarCountsTests {

    /** 00:30 on 1 April 2010 in Paris, still 31 March in UTC. */
    private static final Instant APRIL_FIRST_IN_PARIS = Instant.parse("2010-03-31T22:30:00Z");

    @TestConfiguration
    static class ParisClock {
        @Bean
        Clock clock() {
            return Clock.system(ZoneId.of("Europe/Paris"));
        }
    }

    @Autowired
    SidebarCounts counts;

    @Autowired
    JdbcClient jdbc;

    private long post;

    @BeforeEach
    void insertADraftWithTwoLabels() {
        post = jdbc.sql("""
                insert into blog_post (slug, title, body_markdown, body_html, body_text, excerpt_html, excerpt_truncated,
                                       status, published_at)
                values ('minuit-a-paris', 'Minuit à Paris', 'x', '<p>x</p>', 'x', '<p>x</p>', false, 'DRAFT', null)
                returning id""").query(Long.class).single();
        jdbc.sql("insert into blog_label (slug, name) values ('minuit', 'minuit')")
                .update();
        jdbc.sql("""
                insert into blog_post_label (post_id, label_id)
                select :post, id from blog_label where slug in ('minuit', 'metier')""").param("post", post).update();
    }

    private void set(String status, Instant publishedAt) {
        jdbc.sql("""
                        update blog_post set status = :status, published_at = :at,
                            trashed_at = case when :status = 'TRASHED' then now() end,
                            status_before_trash = case when :status = 'TRASHED' then 'PUBLISHED' end
                        where id = :id""")
                .param("status", status)
                .param("at", publishedAt == null ? null : Timestamp.from(publishedAt))
                .param("id", post)
                .update();
    }

    private static long april2010(Sidebar sidebar) {
        return sidebar.archive().stream()
                .flatMap(year -> year.months().stream())
                .filter(month -> month.year() == 2010 && month.month() == 4)
                .mapToLong(ArchiveMonth::posts)
                .sum();
    }

    private static long label(Sidebar sidebar, String slug) {
        return sidebar.labels().stream()
                .filter(label -> label.slug().equals(slug))
                .mapToLong(LabelCount::posts)
                .sum();
    }

    @Test
    void countPostsAsTheyArePublishedUnpublishedTrashedAndDeleted() {
        Sidebar before = counts.sidebar();
        long metier = label(before, "metier");
        assertThat(metier).isPositive();
        assertThat(april2010(before)).isZero();
        assertThat(label(before, "minuit")).isZero();

        set("PUBLISHED", APRIL_FIRST_IN_PARIS);
        Sidebar published = counts.sidebar();
        assertThat(april2010(published)).isEqualTo(1);
        assertThat(label(published, "minuit")).isEqualTo(1);
        assertThat(label(published, "metier")).isEqualTo(metier + 1);

        set("DRAFT", APRIL_FIRST_IN_PARIS);
        assertThat(april2010(counts.sidebar())).isZero();
        assertThat(label(counts.sidebar(), "metier")).isEqualTo(metier);

        set("PUBLISHED", APRIL_FIRST_IN_PARIS);
        set("TRASHED", APRIL_FIRST_IN_PARIS);
        assertThat(april2010(counts.sidebar())).isZero();
        assertThat(label(counts.sidebar(), "minuit")).isZero();

        set("PUBLISHED", APRIL_FIRST_IN_PARIS);
        jdbc.sql("delete from blog_post where id = :id").param("id", post).update();
        assertThat(april2010(counts.sidebar())).isZero();
        assertThat(label(counts.sidebar(), "metier")).isEqualTo(metier);
    }

    @Test
    void followALabelAddedOrRemovedFromAPublicPost() {
        set("PUBLISHED", APRIL_FIRST_IN_PARIS);
        long metier = label(counts.sidebar(), "metier");
        jdbc.sql("delete from blog_post_label pl using blog_label l where l.id = pl.label_id and l.slug = 'metier'"
                        + " and pl.post_id = :post")
                .param("post", post)
                .update();
        assertThat(label(counts.sidebar(), "metier")).isEqualTo(metier - 1);
    }

    @Test
    void moveAPostToTheMonthOfItsNewDate() {
        set("PUBLISHED", APRIL_FIRST_IN_PARIS);
        set("PUBLISHED", APRIL_FIRST_IN_PARIS.plusSeconds(31L * 24 * 3600));
        Sidebar moved = counts.sidebar();
        assertThat(april2010(moved)).isZero();
        assertThat(moved.archive())
                .anySatisfy(year -> assertThat(year.months()).contains(new ArchiveMonth(2010, 5, 1)));
    }

    @Test
    void leaveOutScheduledPostsUntilTheirTime() {
        set("PUBLISHED", Instant.now().plusSeconds(3600));
        assertThat(label(counts.sidebar(), "minuit")).isZero();
        Clock later = Clock.offset(Clock.system(ZoneId.of("Europe/Paris")), Duration.ofHours(2));
        assertThat(label(new SidebarCounts(jdbc, later).sidebar(), "minuit")).isEqualTo(1);
    }

    @Test
    void countMonthsInTheSitesZoneAndRecountWhenItChanges() {
        set("PUBLISHED", APRIL_FIRST_IN_PARIS);
        assertThat(april2010(counts.sidebar())).isEqualTo(1);

        SidebarCounts inUtc = new SidebarCounts(jdbc, Clock.system(ZoneOffset.UTC));
        inUtc.followSiteZone();
        Sidebar utc = inUtc.sidebar();
        assertThat(april2010(utc)).isZero();
        assertThat(utc.archive())
                .anySatisfy(year -> assertThat(year.months())
                        .anySatisfy(month -> assertThat(month).isEqualTo(new ArchiveMonth(2010, 3, month.posts()))));
    }
}
