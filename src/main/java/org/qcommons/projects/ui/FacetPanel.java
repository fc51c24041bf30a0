package org.qcommons.projects.ui;

import static org.qcommons.projects.ui.Wording.t;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.ui.NativeSelectField;
import org.qcommons.organisations.Region;
import org.qcommons.organisations.Stp;
import org.qcommons.projects.ProjectFacets;
import org.qcommons.projects.ProjectStatus;
import org.qcommons.projects.QiMethod;
import org.qcommons.projects.RegisterChoices;
import org.qcommons.projects.RegisterFacet;
import org.qcommons.projects.RegisterQuery;
import org.qcommons.projects.Topic;
import org.qcommons.projects.TopicKind;
import org.qcommons.spc.Signal;

/**
 * The register's facets. Each is a native select whose options carry live counts for the current search ("Sepsis
 * (12)"); values with no matches are hidden unless chosen, and "Any" clears the facet. Areas are labelled with their
 * former names too ({@link AreaLabels}). Reading and writing the URL
 * goes through the register's query codec; the panel only reads and sets its boxes
 * ({@link #applyTo}, {@link #show}). Native selects rather than combo boxes keep each open UI light
 * (ADR 073).
 */
class FacetPanel extends VerticalLayout {

    final NativeSelectField<FacetOption<Long>> region = facet(t("facets.region"));
    /**
     * An STP lies within a region, so its box exists only while a region is chosen: created then, removed when the
     * region is cleared. Hiding it instead would keep its whole state in every open UI.
     */
    NativeSelectField<FacetOption<Long>> stp;

    final NativeSelectField<FacetOption<Long>> condition = facet(t("facets.condition"));
    final NativeSelectField<FacetOption<Long>> issue = facet(t("facets.issue"));
    final NativeSelectField<FacetOption<ProjectStatus>> status = facet(t("facets.status"));
    final NativeSelectField<FacetOption<Long>> method = facet(t("facets.method"));
    final NativeSelectField<FacetOption<Integer>> year = facet(t("facets.year"));
    /**
     * From the insights feature: the latest SPC signal of the project's measures. Members only, so for anyone else
     * it is never created ({@code null}).
     */
    final NativeSelectField<FacetOption<Signal>> signal;

    private final List<Region> regions;
    private final List<Stp> stps;
    private final List<Topic> topics;
    private final List<QiMethod> methods;
    private final Runnable changed;

    /** {@code changed} runs when the user changes any facet. */
    FacetPanel(RegisterChoices choices, Runnable changed) {
        this.changed = changed;
        this.regions = choices.regions();
        this.stps = choices.stps();
        this.topics = choices.topics();
        this.methods = choices.methods();
        setPadding(false);
        setSpacing(false);
        addClassName("facets");
        add(new H3(t("facets.heading")), region, condition, issue, status, method, year);
        if (CurrentUser.isSignedIn()) {
            signal = facet(t("facets.signal"));
            signal.setHelperText(t("facets.signalHelper"));
            signal.setId("facet-signal");
            add(signal);
        } else {
            signal = null;
        }
        region.setId("facet-region");
        condition.setId("facet-condition");
        issue.setId("facet-issue");
        status.setId("facet-status");
        method.setId("facet-method");
        year.setId("facet-year");
        all().forEach(box -> box.addValueChangeListener(e -> changed.run()));
    }

    /** The facets that exist now, except the STP (which comes and goes with the region). */
    private List<NativeSelectField<?>> all() {
        List<NativeSelectField<?>> all = new ArrayList<>(List.of(region, condition, issue, status, method, year));
        if (signal != null) all.add(signal);
        return all;
    }

    /** Shows the counts of a new search; keeps the chosen values. */
    void show(ProjectFacets facets, RegisterQuery c) {
        fill(
                region,
                regions,
                Region::getId,
                Region::getSlug,
                r -> AreaLabels.of(r.getName(), r.getFormerNames()),
                facets.regions(),
                c.regionId());
        if (c.regionId() == null) {
            if (stp != null) {
                remove(stp);
                stp = null;
            }
        } else {
            if (stp == null) {
                stp = facet(t("facets.stp"));
                stp.setId("facet-stp");
                stp.addValueChangeListener(e -> changed.run());
                addComponentAtIndex(indexOf(region) + 1, stp);
            }
            List<Stp> stpChoices = stps.stream()
                    .filter(s -> s.getRegion().getId().equals(c.regionId()))
                    .toList();
            fill(
                    stp,
                    stpChoices,
                    Stp::getId,
                    s -> String.valueOf(s.getId()),
                    s -> AreaLabels.of(s.getName(), s.getFormerNames()),
                    facets.stps(),
                    c.stpId());
        }
        fill(
                condition,
                topics(TopicKind.CONDITION),
                Topic::getId,
                Topic::getSlug,
                Topic::getName,
                facets.conditions(),
                c.conditionId());
        fill(
                issue,
                topics(TopicKind.ISSUE),
                Topic::getId,
                Topic::getSlug,
                Topic::getName,
                facets.issues(),
                c.issueId());
        fill(
                status,
                List.of(ProjectStatus.values()),
                s -> s,
                s -> s.name().toLowerCase(Locale.ROOT),
                ProjectStatus::label,
                facets.statuses(),
                c.status());
        fill(method, methods, QiMethod::getId, QiMethod::getSlug, QiMethod::getName, facets.methods(), c.methodId());
        List<Integer> years = new ArrayList<>(facets.startYears().keySet());
        if (c.startYear() != null && !years.contains(c.startYear())) years.add(c.startYear());
        years.sort(Comparator.reverseOrder());
        fill(year, years, y -> y, String::valueOf, String::valueOf, facets.startYears(), c.startYear());
        if (signal != null)
            fill(
                    signal,
                    List.of(Signal.IMPROVEMENT, Signal.CONCERN, Signal.NONE),
                    s -> s,
                    s -> s.name().toLowerCase(Locale.ROOT),
                    FacetPanel::signalLabel,
                    facets.signals(),
                    c.signal());
    }

    /** The query with each facet set as its box is; a new region leaves the STP of the old one behind. */
    RegisterQuery applyTo(RegisterQuery base) {
        RegisterQuery q = base.with(RegisterFacet.REGION, key(region))
                .with(RegisterFacet.STP, null)
                .with(RegisterFacet.CONDITION, key(condition))
                .with(RegisterFacet.ISSUE, key(issue))
                .with(RegisterFacet.STATUS, key(status))
                .with(RegisterFacet.METHOD, key(method))
                .with(RegisterFacet.YEAR, key(year))
                .with(RegisterFacet.SIGNAL, signal == null ? null : key(signal));
        if (stp != null
                && stp.getValue() != null
                && region.getValue() != null
                && stps.stream()
                        .anyMatch(s -> s.getId().equals(stp.getValue().key())
                                && s.getRegion()
                                        .getId()
                                        .equals(region.getValue().key()))) {
            q = q.with(RegisterFacet.STP, stp.getValue().key());
        }
        return q;
    }

    private static <K> K key(NativeSelectField<FacetOption<K>> box) {
        return box.getValue() == null ? null : box.getValue().key();
    }

    static String signalLabel(Signal s) {
        return t("facets.signal." + s.name());
    }

    private List<Topic> topics(TopicKind kind) {
        return topics.stream().filter(t -> t.getKind() == kind).toList();
    }

    private static <T, K> void fill(
            NativeSelectField<FacetOption<K>> box,
            List<T> all,
            Function<T, K> key,
            Function<T, String> url,
            Function<T, String> name,
            Map<K, Long> counts,
            K chosen) {
        List<FacetOption<K>> options = new ArrayList<>();
        for (T item : all) {
            K k = key.apply(item);
            long count = counts.getOrDefault(k, 0L);
            if (count > 0 || k.equals(chosen)) {
                options.add(new FacetOption<>(k, url.apply(item), name.apply(item), count));
            }
        }
        box.setItems(options);
        box.setValue(
                options.stream().filter(o -> o.key().equals(chosen)).findFirst().orElse(null));
    }

    private static <K> NativeSelectField<FacetOption<K>> facet(String label) {
        NativeSelectField<FacetOption<K>> box = new NativeSelectField<>(label);
        box.setItemLabelGenerator(FacetOption::label);
        box.setItemKeyGenerator(FacetOption::urlValue);
        box.setEmptySelectionCaption(t("facets.any"));
        return box;
    }
}
