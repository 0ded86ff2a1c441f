package org.icmf.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.icmf.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The editor's image search reads the trigram index of V60, not every image of the library. */
@SiteTest
class ImageSearchIndexTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void searchIsServedByTheTrigramIndex() {
        // An empty table in tests: sequential scans are switched off so that the plan shows what the index can serve.
        String plan = new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join(
                    "\n",
                    jdbc.sql("explain select id from media_image where " + ImageStore.MATCHES)
                            .param("pattern", "%chantier%")
                            .query(String.class)
                            .list());
        });

        assertThat(plan).contains("media_image_search_idx");
    }
}
