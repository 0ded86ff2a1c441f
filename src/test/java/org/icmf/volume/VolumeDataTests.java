package org.icmf.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The volume generator at a hundredth of its size, on the real schema (the test rolls everything back). */
@DataJpaTest
class VolumeDataTests {

    @Autowired
    JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void generatesEveryKindOfContentInProportion() {
        assertThat(VolumeData.generate(jdbc, 0.01)).isTrue();

        assertThat(count("select count(*) from blog_post where slug like 'volume-article-%' and status = 'PUBLISHED'"))
                .isEqualTo(100);
        assertThat(count("""
                select count(*) from blog_post p
                where slug like 'volume-article-%'
                  and (select count(*) from blog_post_label l where l.post_id = p.id) between 1 and 2""")).isEqualTo(100);
        assertThat(count("select count(*) from comment where author_email like '%@volume.example'"))
                .isEqualTo(2_000);
        assertThat(count("""
                select count(*) from comment where subject_type = 'post' and subject_id =
                    (select id from blog_post where slug = 'volume-article-1')""")).isEqualTo(30);
        assertThat(count("select count(*) from membership_member where email like '%@volume.example'"))
                .isEqualTo(1_000);
        assertThat(count("select count(*) from membership_member where member_number like 'V%' and directory_opt_in"))
                .isEqualTo(500);
        assertThat(count("select count(*) from membership_due where receipt_number like 'V%' and year = "
                        + Year.now().getValue()))
                .isEqualTo(750);
        assertThat(count("select count(*) from event where slug like 'volume-evenement-%'"))
                .isEqualTo(2);
        assertThat(jdbc.sql("""
                select count(r.id) from event e join event_registration r on r.event_id = e.id
                where e.slug like 'volume-evenement-%' group by e.id""").query(Long.class).list()).containsExactly(25L, 25L);
    }

    @Test
    void newestGeneratedPostsComeFirstOnTheBlogAndPastAndComingEventsExist() {
        VolumeData.generate(jdbc, 0.01);

        List<String> newest = jdbc.sql("""
                select slug from blog_post where status = 'PUBLISHED' and published_at <= now()
                order by published_at desc limit 3""").query(String.class).list();
        assertThat(newest).containsExactly("volume-article-1", "volume-article-2", "volume-article-3");
        assertThat(count("select count(*) from event where slug like 'volume-evenement-%' and starts_at > now()"))
                .isEqualTo(1);
    }

    @Test
    void leavesAnAlreadyGeneratedDatabaseAsItIs() {
        VolumeData.generate(jdbc, 0.01);

        assertThat(VolumeData.generate(jdbc, 0.01)).isFalse();
        assertThat(count("select count(*) from blog_post where slug like 'volume-article-%'"))
                .isEqualTo(100);
    }
}
