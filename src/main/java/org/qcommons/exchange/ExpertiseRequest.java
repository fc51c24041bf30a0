package org.qcommons.exchange;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qcommons.base.AbstractEntity;
import org.qcommons.organisations.Organisation;
import org.qcommons.people.Member;
import org.qcommons.skills.Skill;
import org.qcommons.skills.SkillLevel;

/** A signatory asks for QI expertise it does not have in house. */
@Entity
@Table(name = "expertise_request")
public class ExpertiseRequest extends AbstractEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "requesting_org_id")
    private Organisation requestingOrg;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id")
    private Member createdBy;

    @NotBlank(message = "Enter a title")
    @Size(max = 160, message = "Use 160 characters or fewer")
    @Column(nullable = false, length = 160)
    private String title;

    @NotBlank(message = "Describe the work")
    @Size(max = 4000, message = "Use 4,000 characters or fewer")
    @Column(nullable = false, length = 4000)
    private String description;

    @NotNull(message = "Enter the number of days needed")
    @Min(value = 1, message = "Ask for at least one day")
    @Max(value = 130, message = "Ask for 130 days or fewer; split larger pieces of work")
    @Column(name = "days_needed", nullable = false)
    private Integer daysNeeded = 2;

    @NotNull(message = "Enter the first date of the window")
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @NotNull(message = "Enter the last date of the window")
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Size(max = 200, message = "Use 200 characters or fewer")
    private String location;

    @Column(nullable = false)
    private boolean remote;

    /** A project in the QI project register; kept as a plain id so this feature does not depend on that one. */
    @Column(name = "project_id")
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestStatus status = RequestStatus.OPEN;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<RequestSkill> skills = new ArrayList<>();

    protected ExpertiseRequest() {}

    ExpertiseRequest(Organisation requestingOrg, Member createdBy, Instant now, LocalDate today) {
        this.requestingOrg = requestingOrg;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.startsOn = today.plusWeeks(2);
        this.endsOn = startsOn.plusMonths(3);
    }

    @AssertTrue(message = "The window must end on or after its first date")
    public boolean isWindowValid() {
        return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
    }

    @AssertTrue(message = "Give a location, or tick remote")
    public boolean isWhereGiven() {
        return remote || (location != null && !location.isBlank());
    }

    public void needs(Skill skill, SkillLevel minLevel) {
        skills.removeIf(s -> s.getSkill().equals(skill));
        skills.add(new RequestSkill(this, skill, minLevel));
    }

    public Organisation getRequestingOrg() {
        return requestingOrg;
    }

    public Member getCreatedBy() {
        return createdBy;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getDaysNeeded() {
        return daysNeeded;
    }

    public void setDaysNeeded(Integer daysNeeded) {
        this.daysNeeded = daysNeeded;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public boolean isRemote() {
        return remote;
    }

    public void setRemote(boolean remote) {
        this.remote = remote;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public RequestStatus getStatus() {
        return status;
    }

    void setStatus(RequestStatus status) {
        this.status = status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<RequestSkill> getSkills() {
        return skills;
    }

    @Override
    public String toString() {
        return title;
    }
}
