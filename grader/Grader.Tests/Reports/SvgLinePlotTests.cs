using System.Xml.Linq;
using Grader.Core.Reports;

namespace Grader.Tests.Reports;

public sealed class SvgLinePlotTests
{
    [TestCase(0, 2000, new double[] { 0, 500, 1000, 1500, 2000 })]
    [TestCase(0, 1, new[] { 0, 0.2, 0.4, 0.6, 0.8, 1 })]
    [TestCase(1, 100, new double[] { 20, 40, 60, 80, 100 })]
    [TestCase(-3, 7, new double[] { -2, 0, 2, 4, 6 })]
    public void Linear_ticks_are_round_numbers_inside_the_range(double lo, double hi, double[] ticks) =>
        Assert.That(SvgLinePlot.LinearTicks(lo, hi), Is.EqualTo(ticks).Within(1e-12));

    [Test]
    public void A_log_plot_is_well_formed_svg_with_axes_labels_legend_and_decade_ticks()
    {
        var svg = SvgLinePlot.Render("Loss & curve", "epoch", "J", [new PlotSeries("ours", [0, 1, 2, 3], [10, 1, 0.1, 0.01])], logY: true);
        var root = XDocument.Parse(svg).Root!;
        Assert.That(root.Name.LocalName, Is.EqualTo("svg"));
        var texts = root.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToArray();
        Assert.That(texts, Does.Contain("Loss & curve").And.Contain("epoch").And.Contain("J (log scale)").And.Contain("ours"));
        Assert.That(texts, Does.Contain("1e-2").And.Contain("1e1"));
        Assert.That(root.Descendants().Count(e => e.Name.LocalName == "polyline"), Is.EqualTo(1));
    }

    [Test]
    public void Points_that_cannot_be_drawn_break_the_line_and_the_output_is_deterministic()
    {
        PlotSeries[] series = [new("a", [0, 1, 2, 3, 4], [1, 2, double.NaN, 0, 3]), new("b", [0, 1], [2, 2])];
        var svg = SvgLinePlot.Render("t", "x", "y", series, logY: true);
        var lines = XDocument.Parse(svg).Root!.Descendants().Where(e => e.Name.LocalName == "polyline").ToArray();
        Assert.That(lines, Has.Length.EqualTo(3), "a: [0, 1] and [4] (NaN and 0 dropped on a log axis), b: one");
        Assert.That(SvgLinePlot.Render("t", "x", "y", series, logY: true), Is.EqualTo(svg));
        Assert.That(svg, Does.Not.Contain("NaN"));
    }

    [Test]
    public void Nothing_drawable_still_gives_a_valid_empty_plot()
    {
        var svg = SvgLinePlot.Render("t", "x", "y", [new PlotSeries("a", [0], [double.NaN])], logY: false);
        Assert.That(() => XDocument.Parse(svg), Throws.Nothing);
    }
}
