using System.Buffers.Binary;
using Grader.Core.Problems.InfoGan;

namespace Grader.Tests.Problems.InfoGan;

/// <summary>MNIST's IDX format, on small files the tests write.</summary>
public sealed class IdxReaderTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("idx-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Images_and_labels_read_back_as_written()
    {
        var images = Write("images", Header(0x803, 3, 2, 2).Concat(new byte[] { 0, 255, 51, 102, 1, 2, 3, 4, 255, 255, 0, 0 }));
        var labels = Write("labels", Header(0x801, 3).Concat(new byte[] { 7, 0, 9 }));

        var read = IdxReader.ReadImages(images);
        Assert.That(read.Length, Is.EqualTo(3));
        Assert.That(read[0], Is.EqualTo(new[] { 0f, 1f, 0.2f, 0.4f }).Within(1e-7));
        Assert.That(read[2], Is.EqualTo(new[] { 1f, 1f, 0f, 0f }));
        Assert.That(IdxReader.ReadLabels(labels), Is.EqualTo(new[] { 7, 0, 9 }));
        Assert.That(IdxReader.ReadImages(images, limit: 2).Length, Is.EqualTo(2));
        Assert.That(IdxReader.ReadLabels(labels, limit: 1), Is.EqualTo(new[] { 7 }));
    }

    [Test]
    public void A_wrong_magic_number_is_refused_by_name()
    {
        var labels = Write("labels", Header(0x801, 1).Concat(new byte[] { 3 }));
        var error = Assert.Throws<InvalidDataException>(() => IdxReader.ReadImages(labels))!;
        Assert.That(error.Message, Does.Contain("magic number 0x00000801, expected 0x00000803 (idx3-ubyte images)"));
        Assert.Throws<InvalidDataException>(() => IdxReader.ReadLabels(Write("images", Header(0x803, 0, 28, 28))));
    }

    [Test]
    public void A_short_file_is_refused_with_the_sizes()
    {
        var images = Write("images", Header(0x803, 2, 28, 28).Concat(new byte[784]));
        var error = Assert.Throws<InvalidDataException>(() => IdxReader.ReadImages(images))!;
        Assert.That(error.Message, Does.Contain("too short for 2 images of 28×28 (1584 bytes needed)"));
        Assert.That(Assert.Throws<InvalidDataException>(() => IdxReader.ReadLabels(Write("tiny", [0, 0, 8])))!.Message,
            Does.Contain("too short for a magic number"));
        Assert.That(Assert.Throws<InvalidDataException>(() => IdxReader.ReadImages(Write("header", Header(0x803, 1))))!.Message,
            Does.Contain("too short for a header (16 bytes needed)"));
    }

    [Test]
    public void A_folder_with_MNIST_names_reads_as_a_digit_set()
    {
        Write("train-images-idx3-ubyte", Header(0x803, 2, 28, 28).Concat(Enumerable.Repeat((byte)128, 2 * 784)));
        Write("train-labels-idx1-ubyte", Header(0x801, 2).Concat(new byte[] { 4, 2 }));
        var set = IdxReader.ReadMnist(_folder, limit: 10);
        Assert.That(set.Count, Is.EqualTo(2));
        Assert.That(set.Labels, Is.EqualTo(new[] { 4, 2 }));
        Assert.That(set.Factors, Is.Null);
    }

    private static byte[] Header(params int[] fields)
    {
        var bytes = new byte[4 * fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4 * i), fields[i]);
        }
        return bytes;
    }

    private string Write(string name, IEnumerable<byte> bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes.ToArray());
        return path;
    }
}
