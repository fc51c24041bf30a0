package org.qcommons.projects;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.DoubleConsumer;
import org.hibernate.Hibernate;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.Role;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The QI project register: search, the project page, create/edit/archive, and figures for other features.
 * Anonymous visitors (and the open-data API) see public projects only; archived projects are never listed.
 */
@Service
@Transactional(readOnly = true)
public class ProjectService {

    private final ProjectRepository projects;
    private final TopicRepository topics;
    private final QiMethodRepository methods;
    private final ProjectSearch search;
    private final MemberService members;
    private final NotificationService notifications;
    private final ResultLabels labels;
    private final java.util.concurrent.atomic.AtomicBoolean rebuilding = new java.util.concurrent.atomic.AtomicBoolean();

    ProjectService(ProjectRepository projects, TopicRepository topics, QiMethodRepository methods,
                   ProjectSearch search, MemberService members, NotificationService notifications,
                   ResultLabels labels) {
        this.projects = projects;
        this.topics = topics;
        this.methods = methods;
        this.search = search;
        this.members = members;
        this.notifications = notifications;
        this.labels = labels;
    }

    // ---- search ---------------------------------------------------------------------------------------

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public List<ProjectHit> search(ProjectCriteria criteria, int offset, int limit) {
        return results(criteria, offset, limit).items();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public long count(ProjectCriteria criteria) {
        return search.count(orAny(criteria), membersVisible());
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public ProjectFacets facets(ProjectCriteria criteria) {
        return search.facets(orAny(criteria), membersVisible());
    }

    /**
     * One page of results and the total, as this user may see them, from one index query: what a search costs
     * whoever asks. The view takes its total from {@link #facets} instead, which it needs anyway.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public ProjectResults results(ProjectCriteria criteria, int offset, int limit) {
        return results(criteria, membersVisible(), !CurrentUser.isSignedIn(), offset, limit);
    }

    /**
     * Public projects only, whoever asks: the open-data API. One index query gives the page and the total; no
     * database transaction is opened (SUPPORTS), and the names on the page come from {@link ResultLabels}.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public ProjectResults searchPublic(ProjectCriteria criteria, int offset, int limit) {
        return results(criteria, false, true, offset, limit);
    }

    private ProjectResults results(ProjectCriteria criteria, boolean membersVisible, boolean anonymous, int offset,
                                   int limit) {
        ProjectSearch.Page page = search.page(orAny(criteria), membersVisible, offset, limit);
        return new ProjectResults(toHits(page.rows(), anonymous), page.total());
    }

    /** A spelling that finds something this user may see, or nothing. */
    @PreAuthorize("permitAll()")
    public Optional<String> didYouMean(String text) {
        return search.suggest(text)
                .filter(s -> !s.equalsIgnoreCase(text == null ? "" : text.trim()))
                .filter(s -> search.count(ProjectCriteria.text(s), membersVisible()) > 0);
    }

    // ---- one project ----------------------------------------------------------------------------------

    /** The project with everything the page shows loaded, if this user may see it. */
    @PreAuthorize("permitAll()")
    public Optional<Project> project(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return projects.findWithDetails(id).filter(this::visibleToCurrentUser).map(ProjectService::initialise);
    }

    @PreAuthorize("permitAll()")
    public Optional<Project> publicProject(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return projects.findWithDetails(id).filter(p -> !p.isArchived() && p.getVisibility() == Visibility.PUBLIC)
                .map(ProjectService::initialise);
    }

    @PreAuthorize("permitAll()")
    public List<ProjectHit> similar(Long projectId, int max) {
        Project project = project(projectId).orElse(null);
        if (project == null) {
            return List.of();
        }
        return search.similar(project, membersVisible(), max).stream().map(p -> toHit(p, !CurrentUser.isSignedIn()))
                .toList();
    }

    /** People who lead or join live projects on the same topics, who agreed to be found; same region first. */
    @PreAuthorize("isAuthenticated()")
    public List<SimilarMember> membersInSimilarFields(Long projectId, int max) {
        Project project = project(projectId).orElse(null);
        if (project == null || project.getTopics().isEmpty()) {
            return List.of();
        }
        Map<Long, Topic> wanted = new LinkedHashMap<>();
        project.getTopics().forEach(t -> wanted.put(t.getId(), t));
        Set<Long> exclude = new LinkedHashSet<>();
        exclude.add(project.getLead().getId());
        project.getTeam().forEach(t -> exclude.add(t.getMember().getId()));
        Map<Long, Member> people = new LinkedHashMap<>();
        Map<Long, Set<String>> shared = new LinkedHashMap<>();
        for (Project other : projects.findSharingTopics(wanted.keySet())) {
            if (other.getId().equals(projectId) || !visibleToCurrentUser(other)) {
                continue;
            }
            List<String> common = other.getTopics().stream().filter(t -> wanted.containsKey(t.getId()))
                    .map(Topic::getName).toList();
            List<Member> involved = new ArrayList<>();
            involved.add(other.getLead());
            other.getTeam().forEach(t -> involved.add(t.getMember()));
            for (Member m : involved) {
                if (exclude.contains(m.getId()) || !m.isActive() || !m.isDirectoryConsent()) {
                    continue;
                }
                people.putIfAbsent(m.getId(), m);
                shared.computeIfAbsent(m.getId(), k -> new LinkedHashSet<>()).addAll(common);
            }
        }
        Long regionId = project.getRegion().getId();
        return people.values().stream()
                .map(m -> new SimilarMember(m.getId(), m.getFullName(),
                        m.getOrganisation() == null ? null : m.getOrganisation().getName(),
                        m.getRegion() == null ? null : m.getRegion().getName(),
                        m.getRegion() != null && regionId.equals(m.getRegion().getId()),
                        List.copyOf(shared.get(m.getId()))))
                .sorted(Comparator.comparing(SimilarMember::sameRegion).reversed()
                        .thenComparing(s -> -s.sharedTopics().size())
                        .thenComparing(SimilarMember::name))
                .limit(max)
                .toList();
    }

    /** An in-app message (and email, through the notification service) to the project's lead. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void contactLead(Long projectId, String message) {
        if (message == null || message.isBlank()) {
            throw new BusinessException("Write a message first.");
        }
        if (message.length() > 1500) {
            throw new BusinessException("Keep the message to 1,500 characters or fewer.");
        }
        Project project = project(projectId).orElseThrow(() -> new BusinessException("That project is no longer available."));
        Member sender = members.me();
        if (sender.getId().equals(project.getLead().getId())) {
            throw new BusinessException("You lead this project.");
        }
        notifications.notify(project.getLead(), "Message about \"" + project.getTitle() + "\"",
                sender.getFullName() + " (" + sender.getEmail() + ") wrote: " + message.trim(),
                "projects/" + project.getId());
    }

    // ---- create, edit, archive ------------------------------------------------------------------------

    /** A blank project led by the signed-in member, placed in their STP and region. */
    @PreAuthorize("isAuthenticated()")
    public Project draft() {
        return Project.draft(members.me());
    }

    /**
     * Records the latest SPC signal of the project's measures (worked out by the insights feature) and re-indexes
     * the project so the register's "SPC signal" facet follows. Runs in its own transaction, after the measure's.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    @PreAuthorize("hasRole('SYSTEM')")
    public void recordSignal(Long projectId, org.qcommons.spc.Signal signal) {
        if (projectId != null && projects.updateSignal(projectId, signal) > 0) {
            projects.findById(projectId).ifPresent(p -> search.session().indexingPlan().addOrUpdate(p));
        }
    }

    @PreAuthorize("isAuthenticated()")
    public boolean canEdit(Project p) {
        Long me = CurrentUser.memberId().orElse(null);
        return CurrentUser.isAdmin() || (me != null && (me.equals(p.getLead().getId()) || p.isOnTeam(me)));
    }

    @PreAuthorize("isAuthenticated()")
    public boolean canArchive(Project p) {
        return CurrentUser.isAdmin() || CurrentUser.memberId().filter(id -> id.equals(p.getLead().getId())).isPresent();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Project create(Project project) {
        if (!project.isNew()) {
            throw new IllegalArgumentException("Project already saved");
        }
        if (!CurrentUser.isAdmin() || project.getLead() == null) {
            project.setLead(members.me());
        }
        checkRules(project);
        return initialise(projects.saveAndFlush(project));
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Project update(Project edited) {
        if (edited.isNew()) {
            throw new IllegalArgumentException("Save the project first");
        }
        Project current = projects.findWithDetails(edited.getId())
                .orElseThrow(() -> new BusinessException("This project no longer exists."));
        if (!canEdit(current)) {
            throw new AccessDeniedException("Only the lead, the team and administrators may edit this project");
        }
        if (current.getVersion() != edited.getVersion()) {
            throw new ConcurrentEditException("This project");
        }
        if (!Objects.equals(current.getLead().getId(), edited.getLead().getId()) && !CurrentUser.isAdmin()
                && !CurrentUser.memberId().filter(current.getLead().getId()::equals).isPresent()) {
            throw new AccessDeniedException("Only the lead or an administrator may hand the project over");
        }
        checkRules(edited);
        try {
            Project saved = projects.saveAndFlush(edited);
            return initialise(projects.findWithDetails(saved.getId()).orElseThrow());
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("This project");
        }
    }

    /** Delete means archive: the project leaves every list and search but its history stays. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void archive(Long projectId, long expectedVersion) {
        Project p = projects.findWithDetails(projectId)
                .orElseThrow(() -> new BusinessException("This project no longer exists."));
        if (!canArchive(p)) {
            throw new AccessDeniedException("Only the lead or an administrator may archive this project");
        }
        if (p.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This project");
        }
        p.setArchived(true);
    }

    /** Seeding and CSV import: a project with a lead who is not the signed-in user. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN') or hasRole('SYSTEM')")
    public Project createFor(Project project) {
        checkRules(project);
        return projects.save(project);
    }

    private void checkRules(Project p) {
        if (p.getStp() != null && p.getRegion() != null && !p.getStp().getRegion().getId().equals(p.getRegion().getId())) {
            throw new BusinessException("The STP " + p.getStp().getName() + " is not in " + p.getRegion().getName() + ".");
        }
        if (!p.isDatesInOrder()) {
            throw new BusinessException("The end date cannot be before the start date.");
        }
        if (!p.isRoundGivenIfFunded()) {
            throw new BusinessException("Give the Q Exchange round that funded the project.");
        }
        if (p.getTeam().stream().anyMatch(t -> t.getMember().getId().equals(p.getLead().getId()))) {
            throw new BusinessException("The lead is already on the team; remove them from the team list.");
        }
    }

    // ---- a member's projects, figures, and services for other features ------------------------------

    /** Projects the member leads or joins that the current user may see. */
    @PreAuthorize("isAuthenticated()")
    public List<Project> projectsOf(Long memberId) {
        return projects.findByParticipant(memberId).stream().filter(this::visibleToCurrentUser).toList();
    }

    /** Live projects per region, counting only what the current user may see. */
    @PreAuthorize("permitAll()")
    public Map<String, Long> projectsByRegion() {
        return ProjectSearch.toNameCounts(projects.countByRegion(!membersVisible()));
    }

    @PreAuthorize("isAuthenticated()")
    public EngagementFigures engagement() {
        Map<String, Long> byRegion = ProjectSearch.toNameCounts(projects.countByRegion(false));
        Map<String, Long> engaged = ProjectSearch.toNameCounts(projects.countEngagedMembersByRegion());
        Map<String, Long> active = members.activeByRegion();
        Set<String> regions = new java.util.TreeSet<>(active.keySet());
        regions.addAll(byRegion.keySet());
        List<EngagementFigures.RegionFigures> regionFigures = regions.stream()
                .map(r -> new EngagementFigures.RegionFigures(r, byRegion.getOrDefault(r, 0L),
                        active.getOrDefault(r, 0L), engaged.getOrDefault(r, 0L)))
                .toList();
        List<EngagementFigures.StpFigures> stpFigures = projects.countByStp().stream()
                .map(row -> new EngagementFigures.StpFigures((String) row[0], (String) row[1], (Long) row[2]))
                .toList();
        return new EngagementFigures(regionFigures, stpFigures);
    }

    /** Topics of the live projects a member leads or joins (used by buddying to match people). */
    @PreAuthorize("isAuthenticated()")
    public Set<Long> topicIdsForMember(Long memberId) {
        return memberId == null ? Set.of() : Set.copyOf(projects.findTopicIdsOfParticipant(memberId));
    }

    /** Members who lead or join live projects on any of these topics. */
    @PreAuthorize("isAuthenticated()")
    public List<Long> memberIdsWorkingOnTopics(Collection<Long> topicIds) {
        if (topicIds == null || topicIds.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new LinkedHashSet<>(projects.findLeadIdsOnTopics(topicIds));
        ids.addAll(projects.findTeamMemberIdsOnTopics(topicIds));
        return List.copyOf(ids);
    }

    /** For imports: the active member with this email, consent or not (an ADMIN is loading their own data). */
    @PreAuthorize("hasRole('ADMIN') or hasRole('SYSTEM')")
    public Optional<Member> activeMemberByEmail(String email) {
        return email == null || email.isBlank() ? Optional.empty() : projects.findActiveMemberByEmail(email.trim());
    }

    // ---- taxonomy ---------------------------------------------------------------------------------------

    @PreAuthorize("permitAll()")
    public List<Topic> topics() {
        return topics.findAllByOrderByKindAscNameAsc();
    }

    @PreAuthorize("permitAll()")
    public List<Topic> topics(TopicKind kind) {
        return topics().stream().filter(t -> t.getKind() == kind && t.isActive()).toList();
    }

    @PreAuthorize("permitAll()")
    public Optional<Topic> topicBySlug(String slug) {
        return slug == null ? Optional.empty() : topics.findBySlug(slug);
    }

    @PreAuthorize("permitAll()")
    public List<QiMethod> methods() {
        return methods.findAllByOrderByNameAsc();
    }

    @PreAuthorize("permitAll()")
    public Optional<QiMethod> methodBySlug(String slug) {
        return slug == null ? Optional.empty() : methods.findBySlug(slug);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Topic saveTopic(Topic topic) {
        topics.findByNameIgnoreCase(topic.getName().trim()).filter(t -> !t.equals(topic)).ifPresent(t -> {
            throw new BusinessException("The topic \"" + t.getName() + "\" already exists.");
        });
        // Names that differ only in case or punctuation share a web address (slug), which must stay unique.
        if (topic.getSlug() == null || topic.getSlug().isBlank()) {
            throw new BusinessException("Use some letters or numbers in the topic's name.");
        }
        topics.findBySlug(topic.getSlug()).filter(t -> !t.equals(topic)).ifPresent(t -> {
            throw new BusinessException("The name is too close to the topic \"" + t.getName() + "\"; choose another.");
        });
        return topics.save(topic);
    }

    // ---- the search index -------------------------------------------------------------------------------

    @PreAuthorize("hasRole('ADMIN') or hasRole('SYSTEM')")
    public IndexStatus indexStatus() {
        long indexed = search.session().search(Project.class).where(f -> f.matchAll()).fetchTotalHitCount();
        return new IndexStatus(indexed, projects.count());
    }

    /** False when the index predates the stored fields that result lists are built from. */
    @PreAuthorize("hasRole('ADMIN') or hasRole('SYSTEM')")
    public boolean indexStoresListFields() {
        return search.storesListFields();
    }

    /**
     * Rebuilds the project index in the background. {@code progress} receives 0..1 from the indexer's threads;
     * the returned stage completes when the index is whole again.
     */
    @PreAuthorize("hasRole('ADMIN') or hasRole('SYSTEM')")
    public CompletionStage<?> rebuildIndex(DoubleConsumer progress) {
        if (!rebuilding.compareAndSet(false, true)) {
            throw new BusinessException("The index is already being rebuilt. Wait for it to finish.");
        }
        long total = Math.max(1, projects.count());
        CompletionStage<?> stage = search.mapping().scope(Project.class).massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(200)
                // The register is read far more than written: one segment after a rebuild makes every search
                // cheaper (decision 075).
                .mergeSegmentsOnFinish(true)
                .monitor(new MassIndexingMonitor() {
                    private final java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();

                    @Override
                    public void documentsAdded(long increment) {
                        progress.accept(Math.min(1.0, (double) done.addAndGet(increment) / total));
                    }

                    @Override
                    public void documentsBuilt(long increment) {
                    }

                    @Override
                    public void entitiesLoaded(long increment) {
                    }

                    @Override
                    public void indexingCompleted() {
                        progress.accept(1.0);
                    }
                })
                .start();
        return stage.whenComplete((ok, error) -> rebuilding.set(false));
    }

    @PreAuthorize("hasRole('ADMIN') or hasRole('SYSTEM')")
    public boolean isRebuilding() {
        return rebuilding.get();
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static ProjectCriteria orAny(ProjectCriteria c) {
        return c == null ? ProjectCriteria.any() : c;
    }

    /** Signed-in members (and SYSTEM work) see members-only projects; anonymous visitors do not. */
    private static boolean membersVisible() {
        return CurrentUser.isSignedIn() || CurrentUser.has(Role.ADMIN);
    }

    private boolean visibleToCurrentUser(Project p) {
        if (p.isArchived()) {
            Long me = CurrentUser.memberId().orElse(null);
            return CurrentUser.isAdmin() || (me != null && me.equals(p.getLead().getId()));
        }
        return p.getVisibility() == Visibility.PUBLIC || membersVisible();
    }

    private static Project initialise(Project p) {
        Hibernate.initialize(p.getTopics());
        Hibernate.initialize(p.getMethods());
        Hibernate.initialize(p.getPartners());
        Hibernate.initialize(p.getLinks());
        Hibernate.initialize(p.getTeam());
        p.getTeam().forEach(t -> {
            Hibernate.initialize(t.getMember());
            Hibernate.initialize(t.getMember().getOrganisation());
        });
        Hibernate.initialize(p.getLead());
        Hibernate.initialize(p.getRegion());
        Hibernate.initialize(p.getStp());
        return p;
    }

    /** Result rows from the index, with the names on the page from {@link ResultLabels}. */
    private List<ProjectHit> toHits(List<ProjectSearch.Row> rows, boolean anonymous) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, ResultLabels.Lead> leads = labels.leads(rows.stream().map(ProjectSearch.Row::leadId).toList());
        return rows.stream().map(r -> {
            ResultLabels.Lead lead = leads.get(r.leadId());
            return new ProjectHit(r.id(), r.title(),
                r.snippet() != null ? r.snippet() : plainSnippet(r.summary()), r.status(),
                labels.name("R", r.regionId()), labels.name("S", r.stpId()),
                lead == null ? null : !anonymous || lead.consent() ? lead.name() : ANONYMOUS_LEAD,
                r.topicIds().stream().map(id -> labels.name("T", id)).filter(Objects::nonNull).sorted().toList(),
                r.methodIds().stream().map(id -> labels.name("M", id)).filter(Objects::nonNull).sorted().toList(),
                r.startDate(), r.visibility());
        }).toList();
    }

    private static ProjectHit toHit(Project p, boolean anonymous) {
        List<String> topicNames = p.getTopics().stream().map(Topic::getName).sorted().toList();
        List<String> methodNames = p.getMethods().stream().map(QiMethod::getName).sorted().toList();
        String snippet = plainSnippet(p.getSummary());
        return new ProjectHit(p.getId(), p.getTitle(), snippet, p.getStatus(), p.getRegion().getName(),
                p.getStp().getName(), anonymous ? publicName(p.getLead()) : p.getLead().getFullName(), topicNames, methodNames, p.getStartDate(),
                p.getVisibility());
    }

    private static final String ANONYMOUS_LEAD = "A Q member";

    /** Anonymous visitors and open data see a person's name only if they agreed to be found. */
    public static String publicName(Member member) {
        return member.isDirectoryConsent() ? member.getFullName() : ANONYMOUS_LEAD;
    }

    private static String plainSnippet(String summary) {
        if (summary == null) {
            return "";
        }
        String s = summary.length() > 180 ? summary.substring(0, summary.lastIndexOf(' ', 180) > 0
                ? summary.lastIndexOf(' ', 180) : 180) + "…" : summary;
        return org.jsoup.nodes.Entities.escape(s);
    }
}
