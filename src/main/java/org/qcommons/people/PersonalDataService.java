package org.qcommons.people;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qcommons.base.personaldata.PersonalDataContributor;
import org.qcommons.base.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** GDPR: a member downloads everything held about them, or has it erased. An ADMIN may do either for anyone. */
@Service
@Transactional
public class PersonalDataService {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataService.class);

    private final List<PersonalDataContributor> contributors;
    private final JsonMapper json;

    private final Clock clock;

    PersonalDataService(List<PersonalDataContributor> contributors, Clock clock) {
        this.contributors = contributors;
        this.clock = clock;
        this.json =
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public String exportJson(Long memberId) {
        requireSelfOrAdmin(memberId);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", clock.instant().toString());
        export.put("memberId", memberId);
        for (PersonalDataContributor c : contributors) {
            export.put(c.section(), c.export(memberId));
        }
        return json.writeValueAsString(export);
    }

    @PreAuthorize("isAuthenticated()")
    public void erase(Long memberId) {
        requireSelfOrAdmin(memberId);
        for (PersonalDataContributor c : contributors) {
            c.erase(memberId);
        }
        log.info("Personal data of member {} erased", memberId);
    }

    @PreAuthorize("isAuthenticated()")
    public List<String> sections() {
        return contributors.stream().map(PersonalDataContributor::section).toList();
    }

    private static void requireSelfOrAdmin(Long memberId) {
        boolean self = CurrentUser.memberId().filter(memberId::equals).isPresent();
        if (!self && !CurrentUser.isAdmin()) {
            throw new AccessDeniedException("Only the member or an administrator may do this");
        }
    }
}
