using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Grader.Core.Fixtures;
using Grader.Core.Numerics;
using Grader.Core.Reports;

namespace Grader.Tests.Problems.InfoGan;

/// <summary>The PNG writer and the picture grid it draws.</summary>
public sealed class PngEncoderTests
{
    [Test]
    public void A_greyscale_png_has_its_header_chunks_and_pixels()
    {
        byte[] pixels = [0, 10, 20, 30, 40, 50];
        var png = PngEncoder.Greyscale(3, 2, pixels);
        Assert.That(png[..8], Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
        Assert.That(Encoding.ASCII.GetString(png, 12, 4), Is.EqualTo("IHDR"));
        Assert.That(BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), Is.EqualTo(3));
        Assert.That(BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)), Is.EqualTo(2));
        Assert.That(png[24..29], Is.EqualTo(new byte[] { 8, 0, 0, 0, 0 }), "8-bit grey, no interlace");
        Assert.That(png[^12..], Is.EqualTo(new byte[] { 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82 }), "IEND and its CRC");

        var idatLength = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(33));
        Assert.That(Encoding.ASCII.GetString(png, 37, 4), Is.EqualTo("IDAT"));
        using var zlib = new ZLibStream(new MemoryStream(png, 41, idatLength), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        Assert.That(raw.ToArray(), Is.EqualTo(new byte[] { 0, 0, 10, 20, 0, 30, 40, 50 }), "a filter byte before each row");
        Assert.That(BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(41 + idatLength)), Is.EqualTo(PngEncoder.Crc32(png.AsSpan(37, 4 + idatLength))));
    }

    [Test]
    public void The_crc_is_png_s()
    {
        Assert.That(PngEncoder.Crc32("123456789"u8), Is.EqualTo(0xCBF43926u));
        Assert.Throws<ArgumentException>(() => PngEncoder.Greyscale(2, 2, new byte[3]));
    }

    [Test]
    public void The_grid_plot_embeds_one_png_per_block_with_row_labels()
    {
        var fixture = new Fixture
        {
            Problem = "infogan", Case = "train", Seed = 1, Inputs = new Dictionary<string, NumericArray>(),
            Expected = new Dictionary<string, NumericArray>(), Mistakes = new Dictionary<string, IReadOnlyDictionary<string, NumericArray>>(),
        };
        var plot = new ImageGridPlot(["c1", "c2"], Rows: 2, Columns: 3, "category");
        var images = new NumericArray([12, 784], Enumerable.Range(0, 12 * 784).Select(i => (i % 784) / 784.0).ToArray());
        var figures = plot.Draw(fixture, images, null).ToArray();
        Assert.That(figures.Select(f => f.Title), Is.EqualTo(new[] { "c1 — case train", "c2 — case train" }));
        Assert.That(figures[0].Svg, Does.Contain("data:image/png;base64,").And.Contain("category 1<"));
        var png = plot.Png(images.Data.AsSpan(0, 6 * 784));
        Assert.That(BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), Is.EqualTo(3 * 30 + 2));
        Assert.That(BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)), Is.EqualTo(2 * 30 + 2));
        Assert.That(plot.Draw(fixture, new NumericArray([5, 784], new double[5 * 784]), null), Is.Empty, "a grid of the wrong size is not drawn");
    }
}
