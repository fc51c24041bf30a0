package org.qcommons.buddying;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Assigns waiting requests to buddies so that the total fit is as large as possible and no buddy gets more
 * requests than their spare places. This is a maximum-weight b-matching, solved exactly as a min-cost flow by
 * successive shortest paths (Bellman-Ford on the residual graph): source to each request (capacity 1), request
 * to each eligible buddy (capacity 1, cost minus the fit), buddy to sink (capacity = spare places). Each
 * augmentation adds the single most profitable change; we stop when the cheapest path no longer has negative
 * cost, which gives the maximum total fit over all flow sizes (decision record 030).
 */
public final class CohortMatcher {

    /** Marks a request and buddy that may not be paired. */
    public static final int NOT_ALLOWED = Integer.MIN_VALUE;

    private CohortMatcher() {}

    /**
     * @param weight     weight[r][b] is the fit of request r with buddy b (higher is better; must be positive to
     *                   be worth pairing), or {@link #NOT_ALLOWED}
     * @param capacities spare places per buddy
     * @return for each request, the index of its buddy, or -1 if it stays in the queue
     */
    public static int[] assign(int[][] weight, int[] capacities) {
        int requests = weight.length;
        int buddies = capacities.length;
        int source = 0;
        int sink = requests + buddies + 1;
        Graph g = new Graph(sink + 1);
        for (int r = 0; r < requests; r++) {
            g.add(source, 1 + r, 1, 0);
            for (int b = 0; b < buddies; b++) {
                if (weight[r][b] != NOT_ALLOWED && weight[r][b] > 0 && capacities[b] > 0) {
                    g.add(1 + r, 1 + requests + b, 1, -weight[r][b]);
                }
            }
        }
        for (int b = 0; b < buddies; b++) {
            if (capacities[b] > 0) {
                g.add(1 + requests + b, sink, capacities[b], 0);
            }
        }
        while (g.augmentIfProfitable(source, sink)) {
            // each round pairs one more request, possibly re-routing earlier ones
        }
        int[] result = new int[requests];
        Arrays.fill(result, -1);
        for (Edge e : g.edges) {
            boolean requestToBuddy = e.from >= 1 && e.from <= requests && e.to > requests && e.to < sink;
            if (requestToBuddy && e.original && e.flow == 1) {
                result[e.from - 1] = e.to - 1 - requests;
            }
        }
        return result;
    }

    public static long total(int[][] weight, int[] assignment) {
        long sum = 0;
        for (int r = 0; r < assignment.length; r++) {
            if (assignment[r] >= 0) {
                sum += weight[r][assignment[r]];
            }
        }
        return sum;
    }

    private static final class Edge {
        final int from;
        final int to;
        final int cap;
        final long cost;
        final boolean original;
        int flow;
        Edge reverse;

        Edge(int from, int to, int cap, long cost, boolean original) {
            this.from = from;
            this.to = to;
            this.cap = cap;
            this.cost = cost;
            this.original = original;
        }

        int residual() {
            return cap - flow;
        }
    }

    private static final class Graph {
        final List<List<Edge>> out = new ArrayList<>();
        final List<Edge> edges = new ArrayList<>();

        Graph(int nodes) {
            for (int i = 0; i < nodes; i++) {
                out.add(new ArrayList<>());
            }
        }

        void add(int from, int to, int cap, long cost) {
            Edge forward = new Edge(from, to, cap, cost, true);
            Edge backward = new Edge(to, from, 0, -cost, false);
            forward.reverse = backward;
            backward.reverse = forward;
            out.get(from).add(forward);
            out.get(to).add(backward);
            edges.add(forward);
        }

        /** Bellman-Ford from the source; no negative cycles exist because every step follows a shortest path. */
        boolean augmentIfProfitable(int source, int sink) {
            int n = out.size();
            long[] dist = new long[n];
            Edge[] via = new Edge[n];
            Arrays.fill(dist, Long.MAX_VALUE);
            dist[source] = 0;
            for (int round = 0; round < n - 1; round++) {
                boolean changed = false;
                for (int u = 0; u < n; u++) {
                    if (dist[u] == Long.MAX_VALUE) {
                        continue;
                    }
                    for (Edge e : out.get(u)) {
                        if (e.residual() > 0 && dist[u] + e.cost < dist[e.to]) {
                            dist[e.to] = dist[u] + e.cost;
                            via[e.to] = e;
                            changed = true;
                        }
                    }
                }
                if (!changed) {
                    break;
                }
            }
            if (dist[sink] == Long.MAX_VALUE || dist[sink] >= 0) {
                return false;
            }
            for (int v = sink; v != source; v = via[v].from) {
                via[v].flow += 1;
                via[v].reverse.flow -= 1;
            }
            return true;
        }
    }
}
