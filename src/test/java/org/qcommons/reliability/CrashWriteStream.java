package org.qcommons.reliability;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.projects.IndexStatus;
import org.qcommons.projects.Project;
import org.qcommons.projects.ProjectIndex;
import org.qcommons.projects.ProjectRecords;
import org.qcommons.projects.ProjectStatus;
import org.qcommons.projects.Visibility;
import org.qcommons.security.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Test-only, in the child app of {@link CrashRecoveryIT}: reports the index status once start-up is done, then
 * (unless told not to) saves projects through the service layer as fast as it can, appending each committed id
 * to a file with fsync, so the test knows exactly which rows were committed before the kill.
 */
@Component
@Profile("crashtest")
class CrashWriteStream {

    private static final Logger log = LoggerFactory.getLogger(CrashWriteStream.class);

    private final ProjectRecords projectRecords;
    private final ProjectIndex projectIndex;
    private final MemberService members;
    private final AccountService accounts;
    private final Path committedLog;
    private final boolean write;

    CrashWriteStream(
            ProjectRecords projectRecords,
            ProjectIndex projectIndex,
            MemberService members,
            AccountService accounts,
            @Value("${qcommons.crash.log}") String committedLog,
            @Value("${qcommons.crash.write:true}") boolean write) {
        this.projectRecords = projectRecords;
        this.projectIndex = projectIndex;
        this.members = members;
        this.accounts = accounts;
        this.committedLog = Path.of(committedLog);
        this.write = write;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        IndexStatus status = SystemRunner.asSystem(projectIndex::indexStatus);
        log.info("INDEX_STATUS indexed={} rows={}", status.indexedDocuments(), status.databaseRows());
        if (write) {
            Thread writer = new Thread(this::writeForever, "crash-writer");
            writer.setDaemon(true);
            writer.start();
        }
    }

    private void writeForever() {
        Long leadId = accounts.loadUserByUsername(DemoAccounts.MEMBER).memberId();
        try (FileChannel out = FileChannel.open(
                committedLog, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
            for (int i = 0; ; i++) {
                int n = i;
                Long id = SystemRunner.asSystem(() -> {
                    Member lead = members.profile(leadId).orElseThrow();
                    Project p = Project.draft(lead, LocalDate.of(2024, 1, 1));
                    p.setTitle("Crash stream project " + n);
                    p.setSummary("Written while the test waits to kill the process.");
                    p.setStatus(ProjectStatus.ACTIVE);
                    p.setVisibility(Visibility.PUBLIC);
                    return projectRecords.createFor(p).getId();
                });
                out.write(ByteBuffer.wrap((id + "\n").getBytes(StandardCharsets.US_ASCII)));
                out.force(true);
            }
        } catch (IOException | RuntimeException e) {
            log.info("Crash writer stopped: {}", e.toString());
        }
    }
}
