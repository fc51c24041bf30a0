package org.qcommons.governance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The single transferable vote count of the Scottish Local Government Elections Order 2007 (SSI 2007/42,
 * schedule 1, rules 45 to 52): the Droop quota ignoring decimals plus one, surpluses transferred by the weighted
 * inclusive Gregory method with transfer values to five decimal places (remainder ignored), exclusions at the
 * value each paper was received, ties looked back through earlier stages and then decided by lot (decision 092).
 * Pure: the same ballots, seats and lot seed always give the same count sheet.
 */
public final class StvCount {

    /** Five decimal places, kept as whole numbers of hundred-thousandths so the truncation is exact. */
    static final long SCALE = 100_000L;

    /** Preferences in order, each a candidate key; {@code count} identical papers (tests use it for profiles). */
    public record Paper(List<String> preferences, int count) {
        public Paper(List<String> preferences) {
            this(preferences, 1);
        }
    }

    public enum StageKind {
        FIRST_PREFERENCES,
        SURPLUS,
        EXCLUSION,
        LAST_VACANCIES
    }

    /** One stage of the sheet: what happened, the change per candidate and the totals at its end. */
    public record Stage(
            int number,
            StageKind kind,
            String subject,
            String note,
            Map<String, Long> changes,
            Map<String, Long> totals,
            long nonTransferable,
            List<String> elected,
            List<String> excluded) {}

    public record Sheet(
            List<String> candidates,
            int seats,
            long validPapers,
            long quota,
            List<Stage> stages,
            List<String> elected) {

        public static String votes(long scaled) {
            return String.format("%d.%05d", scaled / SCALE, Math.abs(scaled % SCALE));
        }
    }

    private enum State {
        CONTINUING,
        ELECTED,
        EXCLUDED
    }

    private static final class Held {
        final int[] prefs;
        final int count;
        long value = SCALE;
        int position;

        Held(int[] prefs, int count) {
            this.prefs = prefs;
            this.count = count;
        }
    }

    private final List<String> names;
    private final List<String> labels;
    private final int seats;
    private final SplittableRandom lot;
    private final State[] state;
    private final long[] total;
    private final List<List<Held>> papers = new ArrayList<>();
    private final List<long[]> history = new ArrayList<>();
    private final List<Integer> pendingSurplus = new ArrayList<>();
    private final List<String> electedOrder = new ArrayList<>();
    private final List<Stage> stages = new ArrayList<>();
    private long nonTransferable;
    private long quota;

    private StvCount(List<String> candidates, List<String> labels, int seats, long lotSeed) {
        this.names = List.copyOf(candidates);
        this.labels = List.copyOf(labels);
        this.seats = seats;
        this.lot = new SplittableRandom(lotSeed);
        this.state = new State[names.size()];
        Arrays.fill(state, State.CONTINUING);
        this.total = new long[names.size()];
        names.forEach(n -> papers.add(new ArrayList<>()));
    }

    /**
     * Counts the papers for {@code seats} vacancies. Preferences for names not on the list are ignored; a paper
     * with no valid preference is not a valid paper. {@code lotSeed} is drawn once per election and recorded, so
     * that a recount draws the same lots.
     */
    public static Sheet count(List<String> candidates, int seats, List<Paper> ballots, long lotSeed) {
        if (seats < 1) {
            throw new IllegalArgumentException("At least one seat");
        }
        return count(candidates, candidates, seats, ballots, lotSeed);
    }

    /** As above, with the words the stage notes use for each candidate key (their names). */
    public static Sheet count(
            List<String> candidates, List<String> labels, int seats, List<Paper> ballots, long lotSeed) {
        if (seats < 1 || labels.size() != candidates.size()) {
            throw new IllegalArgumentException("At least one seat, and one label per candidate");
        }
        return new StvCount(candidates, labels, seats, lotSeed).run(ballots);
    }

    private Sheet run(List<Paper> ballots) {
        long valid = 0;
        for (Paper p : ballots) {
            int[] prefs = p.preferences().stream()
                    .mapToInt(names::indexOf)
                    .filter(i -> i >= 0)
                    .distinct()
                    .toArray();
            if (prefs.length == 0 || p.count() <= 0) {
                continue;
            }
            valid += p.count();
            Held h = new Held(prefs, p.count());
            papers.get(prefs[0]).add(h);
            total[prefs[0]] += SCALE * p.count();
        }
        quota = (valid / (seats + 1) + 1) * SCALE;
        Map<String, Long> first = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
            first.put(names.get(c), total[c]);
        }
        record(StageKind.FIRST_PREFERENCES, null, "First preferences", first, List.of());
        while (electedOrder.size() < seats) {
            List<Integer> continuing = inState(State.CONTINUING);
            if (continuing.isEmpty()) {
                break;
            }
            if (continuing.size() <= seats - electedOrder.size()) {
                continuing.forEach(this::elect);
                amendLastStage(continuing);
                break;
            }
            pendingSurplus.removeIf(c -> total[c] <= quota);
            if (!pendingSurplus.isEmpty()) {
                transferSurplus(pickSurplus());
            } else {
                exclude(pickExclusion(continuing));
            }
        }
        return new Sheet(names, seats, valid, quota, List.copyOf(stages), List.copyOf(electedOrder));
    }

    /** Rule 52: the continuing candidates fill the last vacancies at the end of the stage just recorded. */
    private void amendLastStage(List<Integer> filled) {
        Stage last = stages.removeLast();
        List<String> elected = new ArrayList<>(last.elected());
        filled.forEach(c -> elected.add(names.get(c)));
        String note = last.note() + "; the continuing candidates equal the vacancies left, so they are elected";
        stages.add(new Stage(
                last.number(),
                last.kind(),
                last.subject(),
                note,
                last.changes(),
                last.totals(),
                last.nonTransferable(),
                List.copyOf(elected),
                last.excluded()));
    }

    private void elect(int c) {
        state[c] = State.ELECTED;
        electedOrder.add(names.get(c));
    }

    private void transferSurplus(int from) {
        pendingSurplus.remove(Integer.valueOf(from));
        long surplus = total[from] - quota;
        long[] change = new long[names.size()];
        long moved = 0;
        for (Held h : papers.get(from)) {
            // Rule 48(3): surplus times the paper's value when received, over the candidate's total, truncated.
            long transferValue = Math.multiplyExact(surplus, h.value) / total[from];
            int next = nextAvailable(h);
            if (next >= 0) {
                h.value = transferValue;
                papers.get(next).add(h);
                change[next] += transferValue * h.count;
                moved += transferValue * h.count;
            }
        }
        papers.get(from).clear();
        long lost = surplus - moved;
        nonTransferable += lost;
        total[from] = quota;
        change[from] = -surplus;
        for (int c = 0; c < names.size(); c++) {
            total[c] += c == from ? 0 : change[c];
        }
        record(
                StageKind.SURPLUS,
                names.get(from),
                "Surplus of " + labels.get(from) + " (" + Sheet.votes(surplus) + ") transferred; " + Sheet.votes(lost)
                        + " not transferable or lost to rounding" + tieNote,
                changes(change),
                List.of());
    }

    private void exclude(int out) {
        state[out] = State.EXCLUDED;
        long[] change = new long[names.size()];
        long lost = 0;
        for (Held h : papers.get(out)) {
            int next = nextAvailable(h);
            if (next >= 0) {
                papers.get(next).add(h);
                change[next] += h.value * h.count;
            } else {
                lost += h.value * h.count;
            }
        }
        papers.get(out).clear();
        change[out] = -total[out];
        for (int c = 0; c < names.size(); c++) {
            total[c] += change[c];
        }
        nonTransferable += lost;
        record(
                StageKind.EXCLUSION,
                names.get(out),
                labels.get(out) + " excluded with the fewest votes; " + Sheet.votes(lost) + " not transferable"
                        + tieNote,
                changes(change),
                List.of(names.get(out)));
    }

    private int nextAvailable(Held h) {
        while (++h.position < h.prefs.length) {
            if (state[h.prefs[h.position]] == State.CONTINUING) {
                return h.prefs[h.position];
            }
        }
        return -1;
    }

    private String tieNote = "";

    /** Rule 49: the largest surplus first; equal surpluses by the most recent stage at which the totals differed. */
    private int pickSurplus() {
        long best = pendingSurplus.stream().mapToLong(c -> total[c]).max().orElseThrow();
        List<Integer> tied =
                pendingSurplus.stream().filter(c -> total[c] == best).toList();
        return breakTie(tied, true, "equal surpluses");
    }

    /** Rules 50 and 51: the fewest votes; equal totals by the most recent stage at which they differed. */
    private int pickExclusion(List<Integer> continuing) {
        long least = continuing.stream().mapToLong(c -> total[c]).min().orElseThrow();
        List<Integer> tied = continuing.stream().filter(c -> total[c] == least).toList();
        return breakTie(tied, false, "equal votes");
    }

    private int breakTie(List<Integer> tied, boolean highest, String what) {
        tieNote = "";
        if (tied.size() == 1) {
            return tied.getFirst();
        }
        List<Integer> left = new ArrayList<>(tied);
        // The current totals are the last row of the history; look back from the stage before it.
        for (int s = history.size() - 2; s >= 0 && left.size() > 1; s--) {
            long[] row = history.get(s);
            long pick = highest
                    ? left.stream().mapToLong(c -> row[c]).max().orElseThrow()
                    : left.stream().mapToLong(c -> row[c]).min().orElseThrow();
            List<Integer> narrowed = left.stream().filter(c -> row[c] == pick).toList();
            if (narrowed.size() < left.size()) {
                left = new ArrayList<>(narrowed);
                if (left.size() == 1) {
                    tieNote = "; " + what + " between " + joined(tied) + " broken by the totals at stage " + (s + 1);
                    return left.getFirst();
                }
            }
        }
        int chosen = left.get(lot.nextInt(left.size()));
        tieNote = "; " + what + " between " + joined(left) + " at every stage, decided by lot: " + labels.get(chosen);
        return chosen;
    }

    private String joined(List<Integer> cs) {
        return String.join(", ", cs.stream().map(labels::get).toList());
    }

    private Map<String, Long> changes(long[] change) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
            if (change[c] != 0) {
                m.put(names.get(c), change[c]);
            }
        }
        return m;
    }

    private List<Integer> inState(State s) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            if (state[c] == s) {
                out.add(c);
            }
        }
        return out;
    }

    /** Ends a stage: records totals, then deems elected everyone at or over the quota, largest first (rule 47). */
    private void record(StageKind kind, String subject, String note, Map<String, Long> changes, List<String> out) {
        List<Integer> reached = new ArrayList<>(inState(State.CONTINUING).stream()
                .filter(c -> total[c] >= quota)
                .toList());
        reached.sort((a, b) -> Long.compare(total[b], total[a]));
        List<String> elected = new ArrayList<>();
        for (int c : reached) {
            if (electedOrder.size() < seats) {
                elect(c);
                pendingSurplus.add(c);
                elected.add(names.get(c));
            }
        }
        history.add(total.clone());
        Map<String, Long> totals = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
            totals.put(names.get(c), total[c]);
        }
        stages.add(new Stage(
                stages.size() + 1,
                kind,
                subject,
                note,
                changes,
                totals,
                nonTransferable,
                List.copyOf(elected),
                List.copyOf(out)));
        tieNote = "";
    }
}
