package org.icmf.pages;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.icmf.comments.spi.CommentSubjectSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages as the comments module knows them: closed to comments until the board opens them (the job profile is,
 * from the start), never closed by age; a trashed page is not public.
 */
@Component
@Transactional(readOnly = true)
class PageCommentSubjects implements CommentSubjectSource {

    static final String TYPE = "page";

    private final PageRepository pages;

    PageCommentSubjects(PageRepository pages) {
        this.pages = pages;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String pathName() {
        return "page";
    }

    @Override
    public boolean openByDefault() {
        return false;
    }

    @Override
    public Optional<CommentSubject> findPublic(long id) {
        return pages.findById(id).filter(page -> !page.isTrashed()).map(PageCommentSubjects::subject);
    }

    @Override
    public Map<Long, CommentSubject> findAll(Collection<Long> ids) {
        return pages.findAllById(ids).stream()
                .map(PageCommentSubjects::subject)
                .collect(Collectors.toMap(CommentSubject::id, Function.identity()));
    }

    @Override
    public long countPublic() {
        return pages.countByTrashedAtIsNull();
    }

    @Override
    public List<CommentSubject> listPublic(long offset, int limit) {
        return pages.findPublic(offset, limit).stream()
                .map(PageCommentSubjects::subject)
                .toList();
    }

    private static CommentSubject subject(Page page) {
        return new CommentSubject(TYPE, page.getId(), page.getTitle(), "/" + page.getSlug(), null, !page.isTrashed());
    }
}
