package org.icmf.awards;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.icmf.awards.Edition.Category;
import org.icmf.awards.EditionForm.EditionDraft;
import org.icmf.blog.PostEditor;
import org.icmf.blog.PostForm;
import org.icmf.membership.MemberSelfService;
import org.icmf.web.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The awards' life: the board opens and dates an edition; while nominations are open a member nominates one person
 * per category; between nominations and vote the board shortlists; during the vote a member votes once per
 * category, the ballot (for whom) and the voter row (who) written in one transaction, apart; once the vote closed
 * the board publishes the results, which writes a blog post draft with them and forgets who nominated and who voted.
 * Board actions and votes (never their choice) go to the audit log.
 */
@Service
@Transactional
class Awards {

    /** How long after its results date an edition whose results were never published keeps who took part. */
    static final Period UNPUBLISHED_RESULTS_GRACE = Period.ofDays(90);

    /** How many finalists a category may have. */
    static final int MAX_FINALISTS = 5;

    /** The actor the audit log names for a vote: a member, whose number is the entry's subject. */
    static final Actor MEMBER = new Actor(null, "Un membre");

    private static final String EDITION_COLUMNS = """
            select id, year, nominations_open, nominations_close, vote_open, vote_close, results_on,
                   results_published_at from award_edition""";

    private final JdbcClient jdbc;
    private final PostEditor posts;
    private final MemberSelfService members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Awards(
            JdbcClient jdbc,
            PostEditor posts,
            MemberSelfService members,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.posts = posts;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    record EditionRow(int year, Phase phase) {}

    /** Every edition, newest first. */
    @Transactional(readOnly = true)
    List<EditionRow> editions() {
        LocalDate today = today();
        return jdbc.sql(EDITION_COLUMNS + " order by year desc").query((row, n) -> edition(row)).list().stream()
                .map(edition -> new EditionRow(edition.year(), edition.phase(today)))
                .toList();
    }

    @Transactional(readOnly = true)
    Optional<Edition> edition(int year) {
        return jdbc.sql(EDITION_COLUMNS + " where year = :year")
                .param("year", year)
                .query((row, n) -> edition(row))
                .optional()
                .map(this::withCategories);
    }

    /**
     * The edition members deal with now: the oldest one whose results are not out yet (next year's, once announced,
     * waits for it), else the newest.
     */
    @Transactional(readOnly = true)
    Optional<Edition> current() {
        return jdbc.sql(EDITION_COLUMNS + " order by (results_published_at is null) desc,"
                        + " case when results_published_at is null then year end, year desc limit 1")
                .query((row, n) -> edition(row))
                .optional()
                .map(this::withCategories);
    }

    private Edition withCategories(Edition edition) {
        List<Category> categories = jdbc.sql(
                        "select id, name from award_category where edition_id = :id order by position")
                .param("id", edition.id())
                .query((row, n) -> new Category(row.getLong(1), row.getString(2)))
                .list();
        return new Edition(
                edition.id(),
                edition.year(),
                edition.nominationsOpen(),
                edition.nominationsClose(),
                edition.voteOpen(),
                edition.voteClose(),
                edition.resultsOn(),
                edition.resultsPublishedAt(),
                categories);
    }

    /** An edition's row, its categories not read yet ({@link #withCategories}). */
    private static Edition edition(ResultSet row) throws SQLException {
        Timestamp published = row.getTimestamp(8);
        return new Edition(
                row.getLong(1),
                row.getInt(2),
                row.getDate(3).toLocalDate(),
                row.getDate(4).toLocalDate(),
                row.getDate(5).toLocalDate(),
                row.getDate(6).toLocalDate(),
                row.getDate(7).toLocalDate(),
                published == null ? null : published.toInstant(),
                List.of());
    }

    boolean yearTaken(int year) {
        return jdbc.sql("select count(*) from award_edition where year = :year")
                        .param("year", year)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Opens an edition; the year must be free ({@link #yearTaken}). */
    long open(EditionDraft draft, Actor board) {
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into award_edition (year, nominations_open, nominations_close, vote_open, vote_close,
                            results_on, created_at, updated_at)
                        values (:year, :nominationsOpen, :nominationsClose, :voteOpen, :voteClose, :resultsOn, :now,
                            :now)
                        returning id""")
                .params(dates(draft))
                .param("year", draft.year())
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        writeCategories(id, draft.categories());
        audit(id, "Trophées de l’ICMF " + draft.year(), AwardAction.OPENED, board, now);
        return id;
    }

    /** Whether the categories may still change: no nomination names them yet. */
    @Transactional(readOnly = true)
    boolean categoriesFixed(Edition edition) {
        return jdbc.sql("""
                        select count(*) from award_nomination n join award_category c on c.id = n.category_id
                        where c.edition_id = :id""").param("id", edition.id()).query(Long.class).single() > 0;
    }

    /** New dates and, while no nomination names them, categories; the year stays. */
    void update(Edition edition, EditionDraft draft, Actor board) {
        Instant now = clock.instant();
        jdbc.sql("""
                        update award_edition set nominations_open = :nominationsOpen,
                            nominations_close = :nominationsClose, vote_open = :voteOpen, vote_close = :voteClose,
                            results_on = :resultsOn, updated_at = :now
                        where id = :id and results_published_at is null""")
                .params(dates(draft))
                .param("id", edition.id())
                .param("now", Timestamp.from(now))
                .update();
        List<String> names = edition.categories().stream().map(Category::name).toList();
        if (!names.equals(draft.categories()) && !categoriesFixed(edition)) {
            jdbc.sql("delete from award_category where edition_id = :id")
                    .param("id", edition.id())
                    .update();
            writeCategories(edition.id(), draft.categories());
        }
        audit(edition.id(), edition.title(), AwardAction.UPDATED, board, now);
    }

    private void writeCategories(long editionId, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            jdbc.sql("insert into award_category (edition_id, position, name) values (:edition, :position, :name)")
                    .param("edition", editionId)
                    .param("position", i)
                    .param("name", names.get(i))
                    .update();
        }
    }

    private static Map<String, Object> dates(EditionDraft draft) {
        return Map.of(
                "nominationsOpen", Date.valueOf(draft.nominationsOpen()),
                "nominationsClose", Date.valueOf(draft.nominationsClose()),
                "voteOpen", Date.valueOf(draft.voteOpen()),
                "voteClose", Date.valueOf(draft.voteClose()),
                "resultsOn", Date.valueOf(draft.resultsOn()));
    }

    enum Outcome {
        ACCEPTED,
        /** Not in this phase of the edition: before it opened or after its deadline. */
        CLOSED,
        /** The member already nominated or voted in this category. */
        DUPLICATE,
        /** No such category, nominee or finalist (in that category). */
        UNKNOWN,
        /** The category has as many finalists as it may. */
        FULL,
        /** The member's dues for this year are not recorded: nominating and voting are for members up to date. */
        NOT_UP_TO_DATE
    }

    /** Whether the member may nominate and vote: their dues for this year recorded, as for the general meeting. */
    @Transactional(readOnly = true)
    boolean mayTakePart(long memberId) {
        return members.status(memberId).upToDate();
    }

    /** The edition a category belongs to. */
    private Optional<Edition> editionOf(long categoryId) {
        return jdbc.sql(EDITION_COLUMNS + " where id = (select edition_id from award_category where id = :category)")
                .param("category", categoryId)
                .query((row, n) -> edition(row))
                .optional()
                .map(this::withCategories);
    }

    /** A member's nomination in a category, while its edition's nominations are open: once. */
    Outcome nominate(long memberId, long categoryId, String nominee, String justification) {
        Optional<Edition> edition = editionOf(categoryId);
        if (edition.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        if (edition.get().phase(today()) != Phase.NOMINATIONS) {
            return Outcome.CLOSED;
        }
        if (!mayTakePart(memberId)) {
            return Outcome.NOT_UP_TO_DATE;
        }
        int written = jdbc.sql("""
                        insert into award_nomination (category_id, member_id, nominee, justification, created_at)
                        values (:category, :member, :nominee, :justification, :now)
                        on conflict (category_id, member_id) do nothing""")
                .param("category", categoryId)
                .param("member", memberId)
                .param("nominee", nominee)
                .param("justification", justification)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return written == 1 ? Outcome.ACCEPTED : Outcome.DUPLICATE;
    }

    record MemberNomination(long categoryId, String nominee, String justification) {}

    /** The member's nominations in an edition, by category id. */
    @Transactional(readOnly = true)
    Map<Long, MemberNomination> nominationsOf(long memberId, Edition edition) {
        return jdbc
                .sql("""
                        select n.category_id, n.nominee, n.justification from award_nomination n
                        join award_category c on c.id = n.category_id
                        where c.edition_id = :edition and n.member_id = :member""")
                .param("edition", edition.id())
                .param("member", memberId)
                .query((row, n) -> new MemberNomination(row.getLong(1), row.getString(2), row.getString(3)))
                .list()
                .stream()
                .collect(Collectors.toMap(MemberNomination::categoryId, nomination -> nomination));
    }

    /** The categories of an edition the member voted in. */
    @Transactional(readOnly = true)
    Set<Long> votedIn(long memberId, Edition edition) {
        return Set.copyOf(jdbc.sql("""
                        select v.category_id from award_voter v join award_category c on c.id = v.category_id
                        where c.edition_id = :edition and v.member_id = :member""")
                .param("edition", edition.id())
                .param("member", memberId)
                .query(Long.class)
                .list());
    }

    record Nominee(String name, long nominations, List<String> justifications, boolean finalist) {}

    record Finalist(long id, String name, long votes, boolean winner) {}

    /** A category with its nominees (most nominated first), finalists, and once published the votes. */
    record CategoryView(Category category, List<Nominee> nominees, List<Finalist> finalists) {}

    /** The nominees of each category, grouped by name, for the board. */
    @Transactional(readOnly = true)
    List<CategoryView> nominations(Edition edition) {
        List<CategoryView> views = new ArrayList<>();
        for (CategoryView view : shortlist(edition, false)) {
            // name -> its justifications (null once anonymised), one entry a nomination
            Map<String, List<String>> byName = new LinkedHashMap<>();
            jdbc.sql("""
                            select nominee, justification from award_nomination where category_id = :category
                            order by nominee, created_at""")
                    .param("category", view.category().id())
                    .query((row, n) -> Map.entry(row.getString(1), Optional.ofNullable(row.getString(2))))
                    .list()
                    .forEach(row -> byName.computeIfAbsent(row.getKey(), name -> new ArrayList<>())
                            .add(row.getValue().orElse(null)));
            Set<String> finalists =
                    view.finalists().stream().map(Finalist::name).collect(Collectors.toSet());
            List<Nominee> nominees = byName.entrySet().stream()
                    .map(entry -> new Nominee(
                            entry.getKey(),
                            entry.getValue().size(),
                            entry.getValue().stream()
                                    .filter(java.util.Objects::nonNull)
                                    .toList(),
                            finalists.contains(entry.getKey())))
                    .sorted((a, b) -> Long.compare(b.nominations(), a.nominations()))
                    .toList();
            views.add(new CategoryView(view.category(), nominees, view.finalists()));
        }
        return views;
    }

    /**
     * Each category with its finalists; with {@code counted}, the votes each got and the winners (several when tied),
     * most votes first.
     */
    @Transactional(readOnly = true)
    List<CategoryView> shortlist(Edition edition, boolean counted) {
        return edition.categories().stream()
                .map(category -> {
                    List<Finalist> finalists = jdbc.sql("""
                                    select f.id, f.name, (select count(*) from award_ballot b
                                                          where b.finalist_id = f.id) as votes
                                    from award_finalist f where f.category_id = :category order by f.name""")
                            .param("category", category.id())
                            .query((row, n) ->
                                    new Finalist(row.getLong(1), row.getString(2), counted ? row.getLong(3) : 0, false))
                            .list();
                    if (counted) {
                        long most = finalists.stream()
                                .mapToLong(Finalist::votes)
                                .max()
                                .orElse(0);
                        finalists = finalists.stream()
                                .map(f -> new Finalist(f.id(), f.name(), f.votes(), most > 0 && f.votes() == most))
                                .sorted((a, b) -> Long.compare(b.votes(), a.votes()))
                                .toList();
                    }
                    return new CategoryView(category, List.of(), finalists);
                })
                .toList();
    }

    /** Puts a nominee of the category on its shortlist, between nominations and vote. */
    Outcome shortlist(Edition edition, long categoryId, String nominee, Actor board) {
        Optional<Category> category = edition.category(categoryId);
        if (category.isEmpty()
                || jdbc.sql("select count(*) from award_nomination where category_id = :c and nominee = :n")
                                .param("c", categoryId)
                                .param("n", nominee)
                                .query(Long.class)
                                .single()
                        == 0) {
            return Outcome.UNKNOWN;
        }
        if (edition.phase(today()) != Phase.SHORTLIST) {
            return Outcome.CLOSED;
        }
        long finalists = jdbc.sql("select count(*) from award_finalist where category_id = :c")
                .param("c", categoryId)
                .query(Long.class)
                .single();
        if (finalists >= MAX_FINALISTS) {
            return Outcome.FULL;
        }
        int written = jdbc.sql("""
                        insert into award_finalist (category_id, name) values (:c, :n)
                        on conflict (category_id, name) do nothing""").param("c", categoryId).param("n", nominee).update();
        if (written == 0) {
            return Outcome.DUPLICATE;
        }
        audit(
                edition.id(),
                edition.title() + " — " + category.get().name() + " : " + nominee,
                AwardAction.SHORTLISTED,
                board,
                clock.instant());
        return Outcome.ACCEPTED;
    }

    /** Takes a finalist off the shortlist, before the vote opens. */
    Outcome unshortlist(Edition edition, long finalistId, Actor board) {
        Optional<Map.Entry<Long, String>> finalist = jdbc.sql(
                        "select category_id, name from award_finalist where id = :id")
                .param("id", finalistId)
                .query((row, n) -> Map.entry(row.getLong(1), row.getString(2)))
                .optional()
                .filter(found -> edition.category(found.getKey()).isPresent());
        if (finalist.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        if (edition.phase(today()) != Phase.SHORTLIST) {
            return Outcome.CLOSED;
        }
        jdbc.sql("delete from award_finalist where id = :id")
                .param("id", finalistId)
                .update();
        audit(
                edition.id(),
                edition.title() + " — "
                        + edition.category(finalist.get().getKey())
                                .orElseThrow()
                                .name() + " : " + finalist.get().getValue(),
                AwardAction.UNSHORTLISTED,
                board,
                clock.instant());
        return Outcome.ACCEPTED;
    }

    /**
     * A member's vote in a category, during its edition's vote, once. The voter row goes first: when the member voted
     * already, its key refuses it and no ballot is written; both are in this one transaction.
     */
    Outcome vote(long memberId, long categoryId, long finalistId) {
        Optional<Edition> edition = editionOf(categoryId);
        Optional<Category> category = edition.flatMap(found -> found.category(categoryId));
        boolean finalist = category.isPresent()
                && jdbc.sql("select count(*) from award_finalist where id = :f and category_id = :c")
                                .param("f", finalistId)
                                .param("c", categoryId)
                                .query(Long.class)
                                .single()
                        == 1;
        if (!finalist) {
            return Outcome.UNKNOWN;
        }
        if (edition.get().phase(today()) != Phase.VOTE) {
            return Outcome.CLOSED;
        }
        if (!mayTakePart(memberId)) {
            return Outcome.NOT_UP_TO_DATE;
        }
        int voter = jdbc.sql("""
                        insert into award_voter (category_id, member_id) values (:c, :m)
                        on conflict (category_id, member_id) do nothing""").param("c", categoryId).param("m", memberId).update();
        if (voter == 0) {
            return Outcome.DUPLICATE;
        }
        jdbc.sql("insert into award_ballot (category_id, finalist_id) values (:c, :f)")
                .param("c", categoryId)
                .param("f", finalistId)
                .update();
        events.publishEvent(new AwardChanged(
                AwardChanged.VOTE,
                memberId,
                edition.get().title() + " — " + category.get().name(),
                AwardAction.VOTED,
                MEMBER,
                clock.instant()));
        return Outcome.ACCEPTED;
    }

    /**
     * Publishes the results once the vote closed: the edition's page shows them, a blog post draft gives them to the
     * board to complete, and who nominated and who voted is forgotten (the ballots and nominees stay).
     */
    Outcome publishResults(Edition edition, Actor board) {
        if (edition.phase(today()) != Phase.COUNTING) {
            return Outcome.CLOSED;
        }
        Instant now = clock.instant();
        jdbc.sql("update award_edition set results_published_at = :now, updated_at = :now where id = :id")
                .param("id", edition.id())
                .param("now", Timestamp.from(now))
                .update();
        forgetParticipants(edition.id());
        posts.create(
                new PostForm(
                        edition.title() + " : les résultats",
                        "",
                        resultsMarkdown(edition),
                        board.name(),
                        "",
                        "",
                        "",
                        "",
                        "DRAFT",
                        "",
                        null),
                board);
        audit(edition.id(), edition.title(), AwardAction.RESULTS_PUBLISHED, board, now);
        return Outcome.ACCEPTED;
    }

    /** Who nominated (and why) and who voted in an edition: kept only until its results are out. */
    private void forgetParticipants(long editionId) {
        jdbc.sql("""
                        update award_nomination set member_id = null, justification = null
                        where category_id in (select id from award_category where edition_id = :id)""").param("id", editionId).update();
        jdbc.sql("delete from award_voter where category_id in (select id from award_category where edition_id = :id)")
                .param("id", editionId)
                .update();
    }

    /**
     * Results the board never published do not keep who took part for ever: {@link #UNPUBLISHED_RESULTS_GRACE} after
     * the results date announced, who nominated and who voted is forgotten as publishing would have done.
     */
    @Scheduled(cron = "0 55 4 * * *", zone = "Europe/Paris")
    @SchedulerLock(name = "awards.participants")
    void forgetParticipantsOnSchedule() {
        forgetParticipantsOfUnpublishedResults();
    }

    /** The number of editions whose participants were forgotten. */
    int forgetParticipantsOfUnpublishedResults() {
        List<Long> editions = jdbc.sql("""
                        select e.id from award_edition e
                        where e.results_published_at is null and e.results_on < :before
                          and (exists (select 1 from award_voter v join award_category c on c.id = v.category_id
                                       where c.edition_id = e.id)
                               or exists (select 1 from award_nomination n join award_category c on c.id = n.category_id
                                          where c.edition_id = e.id and n.member_id is not null))""")
                .param("before", Date.valueOf(today().minus(UNPUBLISHED_RESULTS_GRACE)))
                .query(Long.class)
                .list();
        editions.forEach(this::forgetParticipants);
        return editions.size();
    }

    private String resultsMarkdown(Edition edition) {
        StringBuilder text = new StringBuilder("Les membres de l’ICMF ont voté : voici les lauréats des ")
                .append(edition.title())
                .append(".\n");
        for (CategoryView view : shortlist(edition, true)) {
            text.append("\n## ").append(markdownText(view.category().name())).append("\n\n");
            for (Finalist finalist : view.finalists()) {
                text.append("- ")
                        .append(
                                finalist.winner()
                                        ? "**" + markdownText(finalist.name()) + "** (lauréat)"
                                        : markdownText(finalist.name()))
                        .append(" : ")
                        .append(finalist.votes())
                        .append(" voix")
                        .append('\n');
            }
        }
        return text.toString();
    }

    /** Names as literal text in Markdown: its punctuation escaped. */
    private static String markdownText(String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(c -> {
            if ("\\`*_{}[]()#+-.!|~".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.appendCodePoint(c);
        });
        return escaped.toString();
    }

    private void audit(long editionId, String label, AwardAction action, Actor board, Instant at) {
        events.publishEvent(new AwardChanged(AwardChanged.EDITION, editionId, label, action, board, at));
    }
}
