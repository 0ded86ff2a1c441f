package org.icmf.tips;

import static org.assertj.core.api.Assertions.assertThat;

import org.icmf.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Every public list of tips, and the board's, reads an index that gives its rows in order: no sort, no count. */
@SiteTest
class TipsIndexTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    /** The plan of a query on the (empty) test table, sequential scans switched off so that it shows the index. */
    private String plan(String query) {
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join(
                    "\n",
                    jdbc.sql("explain " + query)
                            .param("label", 1L)
                            .param("limit", 11)
                            .param("offset", 0L)
                            .query(String.class)
                            .list());
        });
    }

    @Test
    void eachPublicListReadsItsOwnIndexInOrder() {
        assertThat(plan(Tips.listQuery(false, Tips.Order.NEWEST)))
                .contains("tips_tip_newest_idx")
                .doesNotContain("Sort");
        assertThat(plan(Tips.listQuery(false, Tips.Order.USEFUL)))
                .contains("tips_tip_useful_idx")
                .doesNotContain("Sort");
        assertThat(plan(Tips.listQuery(true, Tips.Order.NEWEST)))
                .contains("tips_tip_label_newest_idx")
                .doesNotContain("Sort");
        assertThat(plan(Tips.listQuery(true, Tips.Order.USEFUL)))
                .contains("tips_tip_label_useful_idx")
                .doesNotContain("Sort");
    }

    @Test
    void theBoardsCountReadsTheModerationIndexOnly() {
        assertThat(plan("select count(*) from tips_tip t where " + TipModeration.TO_MODERATE))
                .contains("tips_tip_moderation_idx");
    }
}
