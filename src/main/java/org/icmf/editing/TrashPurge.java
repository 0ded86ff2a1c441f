package org.icmf.editing;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, empties each editor's trash of what has waited there longer than {@code icmf.site.trash-retention}. */
@Component
class TrashPurge {

    private final List<ContentEditor<?, ?, ?>> editors;

    TrashPurge(List<ContentEditor<?, ?, ?>> editors) {
        this.editors = editors;
    }

    @Scheduled(cron = "${icmf.site.trash-purge-cron:0 30 3 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "editing.trash")
    void purge() {
        editors.forEach(ContentEditor::purgeExpiredTrash);
    }
}
