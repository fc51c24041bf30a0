package org.qcommons.projects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.search.util.common.SearchException;
import org.qcommons.organisations.Organisation;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Open data: the public projects of the register, with the same filters as the register view. Responses carry
 * Cache-Control and (through {@link ProjectApiConfig}) an ETag, so clients can revalidate cheaply.
 */
@RestController
@RequestMapping("/api/projects")
@Tag(name = "Projects", description = "Public QI projects registered in Q Commons")
class ProjectApiController {

    static final int MAX_SIZE = 100;
    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final ProjectRecords projects;
    private final RegisterQueryCodec codec;
    private final ProjectApiPages pages;

    ProjectApiController(ProjectRecords projects, RegisterQueryCodec codec, ProjectApiPages pages) {
        this.projects = projects;
        this.codec = codec;
        this.pages = pages;
    }

    record ProjectSummary(
            long id,
            String title,
            String summary,
            String status,
            LocalDate startDate,
            String region,
            String stp,
            String lead,
            List<String> topics,
            List<String> methods) {}

    record ProjectPage(int page, int size, long total, List<ProjectSummary> items) {}

    record TeamMember(String name, String role) {}

    record Link(String label, String url) {}

    record ProjectDetail(
            long id,
            String title,
            String summary,
            String aims,
            String status,
            LocalDate startDate,
            LocalDate endDate,
            String region,
            String stp,
            String lead,
            List<TeamMember> team,
            List<String> partners,
            List<String> conditions,
            List<String> issues,
            List<String> methods,
            String qExchangeRound,
            String outcomes,
            String learning,
            List<Link> links,
            Instant createdAt,
            Instant updatedAt) {}

    @GetMapping
    @Operation(
            summary = "Search public projects",
            description =
                    "Full-text search (AND by default, quoted phrases, abbreviations such as COPD or A&E) "
                            + "with the register's filters. Unknown filter values are rejected with 400 and a problem document.")
    @ApiResponse(responseCode = "200", description = "A page of projects")
    @ApiResponse(
            responseCode = "400",
            description = "A parameter is invalid",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ProjectPage> search(
            @Parameter(description = "Words to search for") @RequestParam(required = false) String q,
            @Parameter(description = "Region slug, e.g. west-of-england") @RequestParam(required = false) String region,
            @Parameter(description = "STP id") @RequestParam(required = false) Long stp,
            @Parameter(description = "Condition topic slug, e.g. sepsis") @RequestParam(required = false)
                    String condition,
            @Parameter(description = "Issue topic slug, e.g. patient-flow") @RequestParam(required = false)
                    String issue,
            @Parameter(description = "idea, planning, active, sustaining, completed or stopped")
                    @RequestParam(required = false)
                    String status,
            @Parameter(description = "QI method slug, e.g. pdsa") @RequestParam(required = false) String method,
            @Parameter(description = "Start year, e.g. 2018") @RequestParam(required = false) Integer year,
            @Parameter(description = "relevance (default), newest or title") @RequestParam(required = false)
                    String sort,
            @Parameter(description = "Page number from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        if (page < 0) throw bad("page must be 0 or more");
        if (size < 1 || size > MAX_SIZE) throw bad("size must be between 1 and " + MAX_SIZE);
        if (q != null && q.length() > 200) throw bad("q must be 200 characters or fewer");
        if (year != null && (year < 1900 || year > 2100)) throw bad("year must be between 1900 and 2100");
        if ((long) page * size > 10_000) throw bad("page * size must not exceed 10000; narrow the search instead");
        Map<String, List<String>> params = new HashMap<>();
        put(params, RegisterQueryCodec.TEXT, q);
        put(params, RegisterFacet.REGION.param(), region);
        put(params, RegisterFacet.STP.param(), stp == null ? null : String.valueOf(stp));
        put(params, RegisterFacet.CONDITION.param(), condition);
        put(params, RegisterFacet.ISSUE.param(), issue);
        put(params, RegisterFacet.STATUS.param(), status);
        put(params, RegisterFacet.METHOD.param(), method);
        put(params, RegisterFacet.YEAR.param(), year == null ? null : String.valueOf(year));
        put(params, RegisterQueryCodec.SORT, sort);
        RegisterQuery query;
        try {
            // SPC signals come from members-only measures: not offered to the open-data API.
            query = codec.decode(params, RegisterQueryCodec.Mode.STRICT, false);
        } catch (RegisterQueryCodec.InvalidQuery e) {
            throw bad(e.getMessage());
        }
        ProjectPage body = pages.page(query, page, size);
        return ResponseEntity.ok().cacheControl(CACHE).body(body);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One public project")
    @ApiResponse(responseCode = "200", description = "The project")
    @ApiResponse(
            responseCode = "404",
            description = "No public project has this id",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ProjectDetail> project(@PathVariable long id) {
        Project p = projects.publicProject(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No public project has id " + id));
        List<TeamMember> team = p.getTeam().stream()
                .filter(t -> t.getMember().isDirectoryConsent())
                .map(t -> new TeamMember(t.getMember().getFullName(), t.getRole()))
                .toList();
        ProjectDetail detail = new ProjectDetail(
                p.getId(),
                p.getTitle(),
                p.getSummary(),
                p.getAims(),
                p.getStatus().name().toLowerCase(Locale.ROOT),
                p.getStartDate(),
                p.getEndDate(),
                p.getRegion().getName(),
                p.getStp().getName(),
                ProjectRecords.publicName(p.getLead()),
                team,
                p.getPartners().stream().map(Organisation::getName).sorted().toList(),
                p.topicsOf(TopicKind.CONDITION).stream().map(Topic::getName).toList(),
                p.topicsOf(TopicKind.ISSUE).stream().map(Topic::getName).toList(),
                p.getMethods().stream().map(QiMethod::getName).sorted().toList(),
                p.isQExchangeFunded() ? p.getQExchangeRound() : null,
                p.getOutcomes(),
                p.getLearning(),
                p.getLinks().stream()
                        .map(l -> new Link(l.getLabel(), l.getUrl()))
                        .toList(),
                p.getCreatedAt(),
                p.getUpdatedAt());
        return ResponseEntity.ok().cacheControl(CACHE).body(detail);
    }

    private static void put(Map<String, List<String>> params, String name, String value) {
        if (value != null) {
            params.put(name, List.of(value));
        }
    }

    /** The search servers are unreachable (the cluster profile): say so plainly, and that it is temporary. */
    @ExceptionHandler(SearchException.class)
    ResponseEntity<ProblemDetail> searchUnavailable() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "Search is unavailable at the moment. Try again in a few minutes.");
        problem.setTitle("Search unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "30")
                .body(problem);
    }

    private static ResponseStatusException bad(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }
}
