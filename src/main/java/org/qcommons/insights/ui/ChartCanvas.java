package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * A Chart.js canvas. Chart.js comes from the webjar and is loaded on first use by a script element, so no frontend
 * bundle is needed. The chart's data travels as a JSON string parameter ($0); the script below is constant.
 */
public class ChartCanvas extends Div {

    public static final String CHART_JS = "/webjars/chart.js/4.5.1/dist/chart.umd.js";

    private static final String DRAW = """
            const host = this;
            const spec = JSON.parse($0);
            if (!window.__qcChartJs) {
              window.__qcChartJs = window.Chart ? Promise.resolve() : new Promise((resolve, reject) => {
                const s = document.createElement('script');
                s.src = $1;
                s.onload = () => resolve();
                s.onerror = () => { window.__qcChartJs = null; reject(new Error('Chart.js could not be loaded')); };
                document.head.appendChild(s);
              });
            }
            return window.__qcChartJs.then(() => {
              const canvas = host.querySelector('canvas');
              if (host.__chart) { host.__chart.destroy(); }
              const markers = spec.markers || [];
              const markerPlugin = { id: 'qcMarkers', afterDatasetsDraw(chart) {
                const { ctx, chartArea, scales } = chart;
                markers.forEach((m, i) => {
                  const x = scales.x.getPixelForValue(m.index);
                  ctx.save();
                  ctx.strokeStyle = m.colour; ctx.fillStyle = m.colour; ctx.setLineDash([3, 3]);
                  ctx.beginPath(); ctx.moveTo(x, chartArea.top); ctx.lineTo(x, chartArea.bottom); ctx.stroke();
                  ctx.setLineDash([]); ctx.font = '12px sans-serif';
                  ctx.fillText(m.label, x + 4, chartArea.top + 12 + (i % 3) * 14);
                  ctx.restore();
                });
              }};
              const background = { id: 'qcBackground', beforeDraw(chart) {
                const ctx = chart.ctx; ctx.save(); ctx.fillStyle = '#ffffff';
                ctx.fillRect(0, 0, chart.width, chart.height); ctx.restore();
              }};
              const axis = (title) => title ? { display: true, text: title } : { display: false };
              host.__chart = new Chart(canvas, {
                type: spec.type,
                data: { labels: spec.labels, datasets: spec.datasets },
                options: {
                  animation: false, responsive: true, maintainAspectRatio: false,
                  indexAxis: spec.horizontal ? 'y' : 'x',
                  plugins: { title: { display: !!spec.title, text: spec.title }, legend: { position: 'bottom' } },
                  scales: {
                    x: { stacked: spec.stacked, title: axis(spec.horizontal ? spec.yTitle : spec.xTitle) },
                    y: { stacked: spec.stacked, title: axis(spec.horizontal ? spec.xTitle : spec.yTitle),
                         beginAtZero: spec.type === 'bar' }
                  }
                },
                plugins: [markerPlugin, background]
              });
            });
            """;

    private static final String PNG = """
            const canvas = this.querySelector('canvas');
            const a = document.createElement('a');
            a.href = canvas.toDataURL('image/png');
            a.download = $0;
            document.body.appendChild(a); a.click(); a.remove();
            """;

    private String lastJson;

    public ChartCanvas(String accessibleDescription) {
        addClassName("chart-box");
        Element canvas = new Element("canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", t("canvas.aria", accessibleDescription));
        getElement().appendChild(canvas);
    }

    public void draw(ChartSpec spec) {
        lastJson = spec.toJson();
        getElement().executeJs(DRAW, lastJson, CHART_JS);
    }

    public void downloadPng(String fileName) {
        getElement().executeJs(PNG, fileName);
    }

    /** The JSON last sent to the browser: what the chart draws. */
    public String lastJson() {
        return lastJson;
    }
}
