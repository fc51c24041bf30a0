package org.qcommons.projects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.qcommons.base.AbstractEntity;
import org.qcommons.base.CreationStamped;
import org.qcommons.base.FormerNames;
import org.qcommons.base.search.SearchAnalysis;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.Region;
import org.qcommons.organisations.Stp;
import org.qcommons.people.Member;
import org.qcommons.spc.Signal;

/**
 * A quality-improvement project. Indexed for full-text search; associations to entities of other features are
 * indexed as ids through derived getters, re-indexed when the association itself changes (SHALLOW), because
 * renaming a region or topic is rare and handled by a rebuild.
 */
@Entity
@Table(name = "project")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Indexed(index = "project")
@EntityListeners(ProjectClock.class)
@NamedEntityGraph(
        name = Project.LIST_GRAPH,
        attributeNodes = {@NamedAttributeNode("region"), @NamedAttributeNode("stp"), @NamedAttributeNode("lead")})
public class Project extends AbstractEntity implements CreationStamped {

    /** What a list of results shows, fetched in the same query as the hits. */
    public static final String LIST_GRAPH = "Project.list";

    @NotBlank(message = "Enter a title")
    @Size(max = 200, message = "Use 200 characters or fewer")
    @Column(nullable = false, length = 200)
    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            searchAnalyzer = SearchAnalysis.ENGLISH_SEARCH,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED},
            projectable = Projectable.YES)
    @KeywordField(name = "titleSort", normalizer = SearchAnalysis.SORT, sortable = Sortable.YES)
    private String title;

    @NotBlank(message = "Say in a few sentences what the project is about")
    @Size(max = 4000, message = "Keep the summary to 4,000 characters or fewer")
    @Column(nullable = false, length = 4000)
    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            searchAnalyzer = SearchAnalysis.ENGLISH_SEARCH,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED},
            projectable = Projectable.YES)
    private String summary;

    @Size(max = 4000, message = "Keep the aims to 4,000 characters or fewer")
    @Column(length = 4000)
    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            searchAnalyzer = SearchAnalysis.ENGLISH_SEARCH,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED},
            projectable = Projectable.YES)
    private String aims;

    @NotNull(message = "Choose a status")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private ProjectStatus status = ProjectStatus.IDEA;

    /**
     * The latest SPC signal of the project's measures, kept by the insights feature (ProjectService.recordSignal).
     * Not insertable or updatable through the entity, so saving a stale copy of the project never overwrites it.
     */
    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(name = "spc_signal", nullable = false, length = 20, insertable = false, updatable = false)
    @KeywordField(aggregable = Aggregable.YES)
    private Signal spcSignal = Signal.NONE;

    @NotNull(message = "Enter the start date (an estimate is fine)")
    @Column(name = "start_date", nullable = false)
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @NotNull(message = "Choose a region")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    @NotNull(message = "Choose an STP")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stp_id")
    private Stp stp;

    @NotNull(message = "A project needs a lead")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_id")
    private Member lead;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "project_topic",
            joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    @BatchSize(size = 50)
    private Set<Topic> topics = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "project_method",
            joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "method_id"))
    @BatchSize(size = 50)
    private Set<QiMethod> methods = new LinkedHashSet<>();

    @NotAudited
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "project_partner",
            joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    @BatchSize(size = 50)
    private Set<Organisation> partners = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "project_team", joinColumns = @JoinColumn(name = "project_id"))
    @BatchSize(size = 50)
    private Set<TeamMembership> team = new LinkedHashSet<>();

    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "project_link", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<ProjectLink> links = new ArrayList<>();

    @Column(name = "q_exchange_funded", nullable = false)
    private boolean qExchangeFunded;

    @Size(max = 40, message = "Use 40 characters or fewer")
    @Column(name = "q_exchange_round", length = 40)
    private String qExchangeRound;

    @Size(max = 4000, message = "Keep the outcomes to 4,000 characters or fewer")
    @Column(length = 4000)
    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            searchAnalyzer = SearchAnalysis.ENGLISH_SEARCH,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED},
            projectable = Projectable.YES)
    private String outcomes;

    @Size(max = 4000, message = "Keep the learning to 4,000 characters or fewer")
    @Column(length = 4000)
    @FullTextField(
            analyzer = SearchAnalysis.ENGLISH,
            searchAnalyzer = SearchAnalysis.ENGLISH_SEARCH,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED},
            projectable = Projectable.YES)
    private String learning;

    @NotNull(message = "Choose who may see the project")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField(projectable = Projectable.YES)
    private Visibility visibility = Visibility.PUBLIC;

    @Column(nullable = false)
    @GenericField
    private boolean archived;

    /** Hidden pending review of a concern: out of the register like an archived entry, until shown again. */
    @Column(nullable = false)
    @GenericField
    private boolean withheld;

    @Column(name = "withheld_reason", columnDefinition = "TEXT")
    private String withheldReason;

    @Column(name = "withheld_at")
    private Instant withheldAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    @GenericField(sortable = Sortable.YES)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Project() {}

    public Project(String title, Member lead) {
        this.title = title;
        this.lead = lead;
    }

    /** An empty project for the create form, with a lead and a sensible place and date to start from. */
    public static Project draft(Member lead, LocalDate today) {
        Project p = new Project(null, lead);
        p.startDate = today;
        if (lead != null && lead.getStp() != null) {
            p.stp = lead.getStp();
            p.region = lead.getStp().getRegion();
        }
        return p;
    }

    /** Called by {@link ProjectClock} as the project is saved, with the application's clock. */
    void touch(Instant now) {
        updatedAt = now;
    }

    @Override
    public void stampCreated(Instant createdAt) {
        this.createdAt = createdAt;
    }

    @AssertTrue(message = "The end date cannot be before the start date")
    public boolean isDatesInOrder() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    @AssertTrue(message = "Give the Q Exchange round, e.g. 2018")
    public boolean isRoundGivenIfFunded() {
        return !qExchangeFunded || (qExchangeRound != null && !qExchangeRound.isBlank());
    }

    // ---- derived values for the index -------------------------------------------------------------------

    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(
            derivedFrom = @ObjectPath(@PropertyValue(propertyName = "region")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public Long getRegionId() {
        return region == null ? null : region.getId();
    }

    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(
            derivedFrom = @ObjectPath(@PropertyValue(propertyName = "stp")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public Long getStpId() {
        return stp == null ? null : stp.getId();
    }

    /**
     * The region's and STP's names, current and former, as slugs: a register search for an area's whole name, old
     * or new ("Humber, Coast and Vale"), finds its projects. Renaming an area re-indexes its projects.
     */
    @KeywordField(name = ProjectIndexFields.AREA_NAMES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "region")),
                @ObjectPath(@PropertyValue(propertyName = "stp"))
            },
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public List<String> getAreaNames() {
        List<String> names = new ArrayList<>();
        if (region != null) {
            names.add(region.getName());
            names.addAll(FormerNames.list(region.getFormerNames()));
        }
        if (stp != null) {
            names.add(stp.getName());
            names.addAll(FormerNames.list(stp.getFormerNames()));
        }
        return names.stream().map(Slugs::of).distinct().toList();
    }

    /** Result lists look the lead's name up by id at display time, so a renamed or erased member is never stale. */
    @GenericField(projectable = Projectable.YES)
    @IndexingDependency(
            derivedFrom = @ObjectPath(@PropertyValue(propertyName = "lead")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public Long getLeadId() {
        return lead == null ? null : lead.getId();
    }

    @GenericField(aggregable = Aggregable.YES)
    @IndexingDependency(
            derivedFrom = @ObjectPath(@PropertyValue(propertyName = "topics")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public List<Long> getConditionIds() {
        return topicIds(TopicKind.CONDITION);
    }

    @GenericField(aggregable = Aggregable.YES)
    @IndexingDependency(
            derivedFrom = @ObjectPath(@PropertyValue(propertyName = "topics")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public List<Long> getIssueIds() {
        return topicIds(TopicKind.ISSUE);
    }

    @GenericField(projectable = Projectable.YES)
    @IndexingDependency(
            derivedFrom = @ObjectPath(@PropertyValue(propertyName = "topics")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public List<Long> getTopicIds() {
        return topics.stream().map(Topic::getId).toList();
    }

    @FullTextField(analyzer = SearchAnalysis.ENGLISH, searchAnalyzer = SearchAnalysis.ENGLISH_SEARCH)
    @IndexingDependency(
            derivedFrom = @ObjectPath(@PropertyValue(propertyName = "topics")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public List<String> getTopicNames() {
        return topics.stream().map(Topic::getName).toList();
    }

    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(
            derivedFrom = @ObjectPath(@PropertyValue(propertyName = "methods")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public List<Long> getMethodIds() {
        return methods.stream().map(QiMethod::getId).toList();
    }

    @FullTextField(analyzer = SearchAnalysis.ENGLISH, searchAnalyzer = SearchAnalysis.ENGLISH_SEARCH)
    @IndexingDependency(
            derivedFrom = @ObjectPath(@PropertyValue(propertyName = "methods")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public List<String> getMethodNames() {
        return methods.stream().map(QiMethod::getName).toList();
    }

    @GenericField(aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "startDate")))
    public Integer getStartYear() {
        return startDate == null ? null : startDate.getYear();
    }

    /**
     * Every word of the project: unstemmed in "words" (typo tolerance, "did you mean"), and in English in "text",
     * so that a multi-word synonym can match across fields ("COPD" in the title, the rest in the summary).
     */
    @FullTextField(name = "words", analyzer = SearchAnalysis.PLAIN)
    @FullTextField(name = "text", analyzer = SearchAnalysis.ENGLISH, searchAnalyzer = SearchAnalysis.ENGLISH_SEARCH)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "title")),
                @ObjectPath(@PropertyValue(propertyName = "summary")),
                @ObjectPath(@PropertyValue(propertyName = "aims")),
                @ObjectPath(@PropertyValue(propertyName = "outcomes")),
                @ObjectPath(@PropertyValue(propertyName = "learning")),
                @ObjectPath(@PropertyValue(propertyName = "topics")),
                @ObjectPath(@PropertyValue(propertyName = "methods"))
            },
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public String getAllWords() {
        return Stream.concat(
                        Stream.of(title, summary, aims, outcomes, learning),
                        Stream.concat(getTopicNames().stream(), getMethodNames().stream()))
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" \n "));
    }

    private List<Long> topicIds(TopicKind kind) {
        return topics.stream()
                .filter(t -> t.getKind() == kind)
                .map(Topic::getId)
                .toList();
    }

    // ---- ordinary accessors -------------------------------------------------------------------------------

    public List<Topic> topicsOf(TopicKind kind) {
        return topics.stream()
                .filter(t -> t.getKind() == kind)
                .sorted(Comparator.comparing(Topic::getName))
                .toList();
    }

    public void replaceTopics(TopicKind kind, Set<Topic> chosen) {
        topics.removeIf(t -> t.getKind() == kind);
        if (chosen != null) {
            chosen.stream().filter(t -> t.getKind() == kind).forEach(topics::add);
        }
    }

    public boolean isOnTeam(Long memberId) {
        return memberId != null
                && team.stream().anyMatch(t -> memberId.equals(t.getMember().getId()));
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getAims() {
        return aims;
    }

    public void setAims(String aims) {
        this.aims = aims;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public Signal getSpcSignal() {
        return spcSignal;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public Stp getStp() {
        return stp;
    }

    public void setStp(Stp stp) {
        this.stp = stp;
    }

    public Member getLead() {
        return lead;
    }

    public void setLead(Member lead) {
        this.lead = lead;
    }

    public Set<Topic> getTopics() {
        return topics;
    }

    public void setTopics(Set<Topic> topics) {
        this.topics = topics == null ? new LinkedHashSet<>() : new LinkedHashSet<>(topics);
    }

    public Set<QiMethod> getMethods() {
        return methods;
    }

    public void setMethods(Set<QiMethod> methods) {
        this.methods = methods == null ? new LinkedHashSet<>() : new LinkedHashSet<>(methods);
    }

    public Set<Organisation> getPartners() {
        return partners;
    }

    public void setPartners(Set<Organisation> partners) {
        this.partners = partners == null ? new LinkedHashSet<>() : new LinkedHashSet<>(partners);
    }

    public Set<TeamMembership> getTeam() {
        return team;
    }

    public void setTeam(Set<TeamMembership> team) {
        this.team = team == null ? new LinkedHashSet<>() : new LinkedHashSet<>(team);
    }

    public List<ProjectLink> getLinks() {
        return links;
    }

    public void setLinks(List<ProjectLink> links) {
        this.links = links == null ? new ArrayList<>() : new ArrayList<>(links);
    }

    public boolean isQExchangeFunded() {
        return qExchangeFunded;
    }

    public void setQExchangeFunded(boolean qExchangeFunded) {
        this.qExchangeFunded = qExchangeFunded;
    }

    public String getQExchangeRound() {
        return qExchangeRound;
    }

    public void setQExchangeRound(String qExchangeRound) {
        this.qExchangeRound = qExchangeRound;
    }

    public String getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(String outcomes) {
        this.outcomes = outcomes;
    }

    public String getLearning() {
        return learning;
    }

    public void setLearning(String learning) {
        this.learning = learning;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public boolean isArchived() {
        return archived;
    }

    void setArchived(boolean archived) {
        this.archived = archived;
    }

    public boolean isWithheld() {
        return withheld;
    }

    public String getWithheldReason() {
        return withheldReason;
    }

    public Instant getWithheldAt() {
        return withheldAt;
    }

    void withhold(String reason, Instant at) {
        this.withheld = true;
        this.withheldReason = reason;
        this.withheldAt = at;
    }

    void showAgain() {
        this.withheld = false;
        this.withheldReason = null;
        this.withheldAt = null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public String toString() {
        return title;
    }
}
