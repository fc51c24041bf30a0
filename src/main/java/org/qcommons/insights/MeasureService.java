package org.qcommons.insights;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.projects.Project;
import org.qcommons.projects.ProjectRecords;
import org.qcommons.spc.ChartKind;
import org.qcommons.spc.Observation;
import org.qcommons.spc.Signal;
import org.qcommons.spc.SpcCalculator;
import org.qcommons.spc.SpcResult;
import org.qcommons.spc.SpcTarget;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures, their data and their SPC analysis. Any member may read them (measurement is shared learning); only
 * the member who created a measure, or an administrator, may change it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MeasureService {

    private final MeasureRepository measures;
    private final DataPointRepository points;
    private final AnnotationRepository annotations;
    private final ApplicationEventPublisher events;
    private final ProjectRecords projectRecords;
    private final MeasureTargetRepository targets;

    MeasureService(
            MeasureRepository measures,
            DataPointRepository points,
            AnnotationRepository annotations,
            ApplicationEventPublisher events,
            ProjectRecords projectRecords,
            MeasureTargetRepository targets) {
        this.measures = measures;
        this.points = points;
        this.annotations = annotations;
        this.events = events;
        this.projectRecords = projectRecords;
        this.targets = targets;
    }

    public Page<Measure> find(String name, Pageable pageable) {
        String like = name == null || name.isBlank() ? null : "%" + name.strip().toLowerCase(Locale.ROOT) + "%";
        return measures.find(like, pageable);
    }

    public long countMeasures() {
        return measures.count();
    }

    public Optional<Measure> measure(Long id) {
        return id == null ? Optional.empty() : measures.findById(id);
    }

    public List<Measure> forProject(Long projectId) {
        return measures.findByProjectIdOrderByName(projectId);
    }

    public boolean canEdit(Measure measure) {
        return measure.isNew()
                || CurrentUser.isAdmin()
                || CurrentUser.memberId()
                        .filter(id -> id.equals(measure.getOwnerId()))
                        .isPresent()
                || canEditProject(measure.getProjectId());
    }

    /** Whether the current member may add measures to a project: its lead, its team and administrators. */
    public boolean canEditProject(Long projectId) {
        return projectId != null
                && projectRecords
                        .project(projectId)
                        .map(projectRecords::canEdit)
                        .orElse(false);
    }

    public Optional<Project> project(Measure measure) {
        return measure.getProjectId() == null ? Optional.empty() : projectRecords.project(measure.getProjectId());
    }

    /** Creates a measure owned by the current member, or saves changes to one the current member may edit. */
    @Transactional
    public Measure save(Measure edited) {
        if (edited.isNew()) {
            Long me =
                    CurrentUser.memberId().orElseThrow(() -> new AccessDeniedException("Only members create measures"));
            requireProjectEditor(edited.getProjectId());
            edited.setOwnerId(me);
            return changed(measures.saveAndFlush(edited), null);
        }
        Measure current = editable(edited.getId());
        if (current.getVersion() != edited.getVersion()) {
            throw new ConcurrentEditException("This measure");
        }
        Long previousProject = current.getProjectId();
        if (!Objects.equals(previousProject, edited.getProjectId())) {
            requireProjectEditor(edited.getProjectId());
        }
        try {
            return changed(measures.saveAndFlush(edited), previousProject);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("This measure");
        }
    }

    /** For seeding: a measure owned by a given member. */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM')")
    public Measure createFor(Long ownerId, Measure measure) {
        measure.setOwnerId(ownerId);
        return changed(measures.save(measure));
    }

    @Transactional
    public void delete(Long measureId) {
        Measure m = editable(measureId);
        measures.delete(m);
        changed(m);
    }

    public List<DataPoint> points(Long measureId) {
        return points.findByMeasureIdOrderByDate(measureId);
    }

    @Transactional
    public DataPoint addPoint(Long measureId, LocalDate date, Double value) {
        Measure m = editable(measureId);
        if (date == null) {
            throw new BusinessException("Enter the date this value belongs to.");
        }
        // A T chart counts days between events, so an event needs only its date.
        Double stored = value == null && m.getChartType() == ChartKind.T ? Double.valueOf(1) : value;
        if (stored == null || !Double.isFinite(stored)) {
            throw new BusinessException("Enter a number.");
        }
        if (points.findByMeasureIdAndDate(measureId, date).isPresent()) {
            throw new DuplicateDateException(date);
        }
        DataPoint saved = points.save(new DataPoint(measureId, date, stored));
        changed(m);
        return saved;
    }

    /**
     * Adds every good row and reports the bad ones by line. A row whose date already has a value is reported too,
     * rather than overwriting what is there.
     */
    @Transactional
    public PastedData paste(Long measureId, String text) {
        Measure measure = editable(measureId);
        // One read of the dates already taken, not one query per pasted row.
        Set<LocalDate> taken = points.findByMeasureIdOrderByDate(measureId).stream()
                .map(DataPoint::getDate)
                .collect(Collectors.toCollection(HashSet::new));
        PastedData fresh = PastedData.parse(text).withoutDates(text, taken);
        fresh.rows().forEach(row -> points.save(new DataPoint(measureId, row.date(), row.value())));
        changed(measure);
        return fresh;
    }

    @Transactional
    public void removePoint(Long pointId) {
        points.findById(pointId).ifPresent(p -> {
            Measure m = editable(p.getMeasureId());
            points.delete(p);
            changed(m);
        });
    }

    public List<Annotation> annotations(Long measureId) {
        return annotations.findByMeasureIdOrderByDate(measureId);
    }

    @Transactional
    public Annotation annotate(Long measureId, LocalDate date, String label, boolean rebase) {
        Measure m = editable(measureId);
        if (date == null) {
            throw new BusinessException("Enter the date of the change.");
        }
        String text = label == null ? "" : label.strip();
        if (text.isEmpty()) {
            throw new BusinessException("Describe the change, for example \"PDSA 2: new triage form\".");
        }
        if (text.length() > 120) {
            throw new BusinessException("Keep the label to 120 characters or fewer.");
        }
        Annotation saved = annotations.save(new Annotation(measureId, date, text, rebase));
        changed(m);
        return saved;
    }

    @Transactional
    public void removeAnnotation(Long annotationId) {
        annotations.findById(annotationId).ifPresent(a -> {
            Measure m = editable(a.getMeasureId());
            annotations.delete(a);
            changed(m);
        });
    }

    public SpcResult analyse(Long measureId) {
        return analyse(existing(measureId));
    }

    public SpcResult analyse(Measure measure) {
        List<Observation> data = points.findByMeasureIdOrderByDate(measure.getId()).stream()
                .map(p -> new Observation(p.getDate(), p.getValue(), p.isGhosted()))
                .toList();
        List<LocalDate> rebases = annotations.findByMeasureIdOrderByDate(measure.getId()).stream()
                .filter(Annotation::isRebase)
                .map(Annotation::getDate)
                .toList();
        // The measure's own target holds for all time; dated targets follow it in the order they were set.
        List<SpcTarget> inForce = Stream.concat(
                        Stream.ofNullable(measure.getTarget()).map(t -> new SpcTarget(t, null, null)),
                        targets.findByMeasureIdOrderByFromAscIdAsc(measure.getId()).stream()
                                .map(MeasureTarget::spc))
                .toList();
        return SpcCalculator.analyse(data, measure.getDirection(), inForce, rebases, measure.spcOptions());
    }

    public MeasureSummary summary(Measure measure) {
        SpcResult r = analyse(measure);
        return new MeasureSummary(measure, r.points().size(), r.variation(), r.assurance(), r.latestSignal());
    }

    /**
     * A project's signal for the register: improvement if any of its measures' latest point shows special-cause
     * improvement, else concern if any shows concern, else neutral special cause if any, else none.
     */
    @PreAuthorize("isAuthenticated() or hasRole('SYSTEM')")
    public Signal latestSignalForProject(Long projectId) {
        List<Signal> signals = measures.findByProjectIdOrderByName(projectId).stream()
                .map(m -> analyse(m).latestSignal())
                .toList();
        return Stream.of(Signal.IMPROVEMENT, Signal.CONCERN, Signal.NEUTRAL)
                .filter(signals::contains)
                .findFirst()
                .orElse(Signal.NONE);
    }

    Measure changed(Measure m) {
        return changed(m, m.getProjectId());
    }

    private Measure changed(Measure m, Long previousProjectId) {
        events.publishEvent(new MeasureChanged(m.getId(), m.getProjectId(), previousProjectId));
        return m;
    }

    /** Attaching a measure to a project moves that project's signal, so only its editors may do it. */
    private void requireProjectEditor(Long projectId) {
        if (projectId != null && !CurrentUser.isAdmin() && !canEditProject(projectId)) {
            throw new AccessDeniedException("Only the project's lead or team may add measures to it");
        }
    }

    private Measure existing(Long measureId) {
        return measures.findById(measureId).orElseThrow(() -> new BusinessException("This measure no longer exists."));
    }

    Measure editable(Long measureId) {
        Measure m = existing(measureId);
        if (!canEdit(m)) {
            throw new AccessDeniedException("Only the measure's owner or an administrator may change it");
        }
        return m;
    }
}
