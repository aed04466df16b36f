using System.Buffers.Binary;

namespace Grader.Core.Problems.InfoGan;

/// <summary>Reads MNIST's IDX files: <c>idx3-ubyte</c> images (magic 0x00000803, then count, rows, columns) and
/// <c>idx1-ubyte</c> labels (magic 0x00000801, then count), all big-endian, then one unsigned byte per value.</summary>
public static class IdxReader
{
    private const int ImagesMagic = 0x00000803;
    private const int LabelsMagic = 0x00000801;

    /// <summary>The images of an idx3-ubyte file as grey levels byte/255, at most <paramref name="limit"/> of them.</summary>
    /// <exception cref="InvalidDataException">Wrong magic number, a bad header or fewer bytes than the header says.</exception>
    public static float[][] ReadImages(string path, int limit = int.MaxValue)
    {
        var bytes = File.ReadAllBytes(path);
        var count = Header(bytes, path, ImagesMagic, 16);
        var rows = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(8));
        var columns = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(12));
        if (rows <= 0 || columns <= 0)
        {
            throw new InvalidDataException($"{path}: the header says {rows}×{columns} images.");
        }
        var size = rows * columns;
        Require(bytes, path, 16 + (long)count * size, $"{count} images of {rows}×{columns}");
        var taken = Math.Min(count, limit);
        var images = new float[taken][];
        for (var n = 0; n < taken; n++)
        {
            var image = new float[size];
            var source = bytes.AsSpan(16 + n * size, size);
            for (var i = 0; i < size; i++)
            {
                image[i] = source[i] / 255f;
            }
            images[n] = image;
        }
        return images;
    }

    /// <summary>The labels of an idx1-ubyte file, at most <paramref name="limit"/> of them.</summary>
    /// <exception cref="InvalidDataException">Wrong magic number, a bad header or fewer bytes than the header says.</exception>
    public static int[] ReadLabels(string path, int limit = int.MaxValue)
    {
        var bytes = File.ReadAllBytes(path);
        var count = Header(bytes, path, LabelsMagic, 8);
        Require(bytes, path, 8L + count, $"{count} labels");
        return bytes.AsSpan(8, Math.Min(count, limit)).ToArray().Select(b => (int)b).ToArray();
    }

    /// <summary>Reads MNIST's training pair from a folder (the names MNIST ships, unzipped), at most
    /// <paramref name="limit"/> images, as a digit set without known factors.</summary>
    public static DigitSet ReadMnist(string folder, int limit)
    {
        var images = ReadImages(Path.Combine(folder, "train-images-idx3-ubyte"), limit);
        var labels = ReadLabels(Path.Combine(folder, "train-labels-idx1-ubyte"), limit);
        if (images.Length != labels.Length || images.Any(i => i.Length != DigitRenderer.Pixels))
        {
            throw new InvalidDataException($"{folder}: {images.Length} images and {labels.Length} labels; images must be 28×28.");
        }
        return new DigitSet(images, labels, null);
    }

    private static int Header(byte[] bytes, string path, int magic, int headerLength)
    {
        Require(bytes, path, 4, "a magic number");
        var found = BinaryPrimitives.ReadInt32BigEndian(bytes);
        if (found != magic)
        {
            throw new InvalidDataException($"{path}: magic number 0x{found:X8}, expected 0x{magic:X8} " +
                                           (magic == ImagesMagic ? "(idx3-ubyte images)" : "(idx1-ubyte labels)") + ".");
        }
        Require(bytes, path, headerLength, "a header");
        var count = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(4));
        return count >= 0 ? count : throw new InvalidDataException($"{path}: the header says {count} items.");
    }

    private static void Require(byte[] bytes, string path, long length, string what)
    {
        if (bytes.Length < length)
        {
            throw new InvalidDataException($"{path}: {bytes.Length} bytes, too short for {what} ({length} bytes needed).");
        }
    }
}
