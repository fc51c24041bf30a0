package org.qcommons.organisations;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.qcommons.base.security.SystemRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * England's seven NHS regions and 42 Integrated Care Systems, each with the STP name it replaced in 2022. This is
 * reference data, not demo data: it is loaded on a database that has no region at all (a first start in
 * production), after the demo seeders, which bring their own pilot regions. Administrators edit it afterwards.
 */
@Component
@Order(20)
class ReferenceAreas implements ApplicationRunner {

    static final String RESOURCE = "reference/england-areas.csv";
    private static final Logger log = LoggerFactory.getLogger(ReferenceAreas.class);

    record Area(String region, String name, String formerName) {}

    private final RegionRepository regions;
    private final StpRepository stps;
    private final TransactionTemplate tx;

    ReferenceAreas(RegionRepository regions, StpRepository stps, TransactionTemplate tx) {
        this.regions = regions;
        this.stps = stps;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemRunner.asSystem(() -> tx.executeWithoutResult(status -> {
            if (regions.count() > 0) {
                return;
            }
            int loaded = load(read());
            log.info("Loaded England's reference areas: {} Integrated Care Systems", loaded);
        }));
    }

    int load(List<Area> areas) {
        Map<String, Region> byName = new LinkedHashMap<>();
        for (Area a : areas) {
            Region region = byName.computeIfAbsent(a.region(), n -> regions.save(new Region(n, slug(n))));
            Stp stp = new Stp(a.name(), region);
            if (a.formerName() != null && !a.formerName().equalsIgnoreCase(a.name())) {
                stp.setFormerNames(a.formerName());
            }
            stps.save(stp);
        }
        return areas.size();
    }

    static List<Area> read() {
        try (Reader in =
                new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
            List<Area> areas = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                areas.add(new Area(r.get("region"), r.get("integrated_care_system"), r.get("former_stp_names")));
            }
            return areas;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .toLowerCase(Locale.UK)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
