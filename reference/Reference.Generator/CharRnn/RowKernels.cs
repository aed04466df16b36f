using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.InteropServices;

using Lane = System.Runtime.Intrinsics.Vector512<double>;

namespace Reference.Generator.CharRnn;

/// <summary>The SIMD loops of <see cref="FastCharRnn"/>: sums of scaled rows and dot products with rows, four rows per
/// pass over the shared vector, so that it is loaded and stored once per four rows rather than once per row.</summary>
internal static class RowKernels
{
    private static readonly int Lanes = Lane.Count;

    /// <summary>target += Σ_r scales[r] · row(rows[r]), where row(j) is the span of target's length at
    /// j·<paramref name="stride"/> + <paramref name="offset"/> of a row-major matrix (a block of columns of row j).</summary>
    public static void AddScaledRows(Span<double> target, ReadOnlySpan<double> matrix, int stride, int offset, ReadOnlySpan<int> rows, ReadOnlySpan<double> scales)
    {
        var width = target.Length;
        var r = 0;
        var vt8 = MemoryMarshal.Cast<double, Lane>(target);
        for (; r + 8 <= rows.Length && vt8.Length * Lanes == width; r += 8)
        {
            var (s0, s1, s2, s3) = (scales[r], scales[r + 1], scales[r + 2], scales[r + 3]);
            var (s4, s5, s6, s7) = (scales[r + 4], scales[r + 5], scales[r + 6], scales[r + 7]);
            // Rows are checked once here; the loop then reads them through references, without a bounds check per load.
            ref var v0 = ref Row(matrix, rows[r] * stride + offset, width);
            ref var v1 = ref Row(matrix, rows[r + 1] * stride + offset, width);
            ref var v2 = ref Row(matrix, rows[r + 2] * stride + offset, width);
            ref var v3 = ref Row(matrix, rows[r + 3] * stride + offset, width);
            ref var v4 = ref Row(matrix, rows[r + 4] * stride + offset, width);
            ref var v5 = ref Row(matrix, rows[r + 5] * stride + offset, width);
            ref var v6 = ref Row(matrix, rows[r + 6] * stride + offset, width);
            ref var v7 = ref Row(matrix, rows[r + 7] * stride + offset, width);
            for (var i = 0; i < vt8.Length; i++)
            {
                var sum = Vector512.FusedMultiplyAdd(Unsafe.Add(ref v0, i), Vector512.Create(s0), Unsafe.Add(ref v1, i) * s1)
                    + Vector512.FusedMultiplyAdd(Unsafe.Add(ref v2, i), Vector512.Create(s2), Unsafe.Add(ref v3, i) * s3)
                    + (Vector512.FusedMultiplyAdd(Unsafe.Add(ref v4, i), Vector512.Create(s4), Unsafe.Add(ref v5, i) * s5)
                    + Vector512.FusedMultiplyAdd(Unsafe.Add(ref v6, i), Vector512.Create(s6), Unsafe.Add(ref v7, i) * s7));
                vt8[i] += sum;
            }
        }
        for (; r + 4 <= rows.Length; r += 4)
        {
            var (s0, s1, s2, s3) = (scales[r], scales[r + 1], scales[r + 2], scales[r + 3]);
            var a = matrix.Slice(rows[r] * stride + offset, width);
            var b = matrix.Slice(rows[r + 1] * stride + offset, width);
            var c = matrix.Slice(rows[r + 2] * stride + offset, width);
            var d = matrix.Slice(rows[r + 3] * stride + offset, width);
            var va = Vectors(a);
            var vb = Vectors(b);
            var vc = Vectors(c);
            var vd = Vectors(d);
            var vt = MemoryMarshal.Cast<double, Lane>(target);
            for (var i = 0; i < vt.Length; i++)
            {
                vt[i] += va[i] * s0 + vb[i] * s1 + (vc[i] * s2 + vd[i] * s3);
            }
            for (var i = vt.Length * Lanes; i < width; i++)
            {
                target[i] += a[i] * s0 + b[i] * s1 + (c[i] * s2 + d[i] * s3);
            }
        }
        for (; r < rows.Length; r++)
        {
            AddScaled(target, matrix.Slice(rows[r] * stride + offset, width), scales[r]);
        }
    }

    /// <summary>result[r] = row(rows[r]) · vector for every listed row, row(j) as in <see cref="AddScaledRows"/>.</summary>
    public static void DotRows(ReadOnlySpan<double> matrix, int stride, int offset, ReadOnlySpan<int> rows, ReadOnlySpan<double> vector, Span<double> result)
    {
        var width = vector.Length;
        var vv = Vectors(vector);
        var r = 0;
        for (; r + 4 <= rows.Length; r += 4)
        {
            var a = matrix.Slice(rows[r] * stride + offset, width);
            var b = matrix.Slice(rows[r + 1] * stride + offset, width);
            var c = matrix.Slice(rows[r + 2] * stride + offset, width);
            var d = matrix.Slice(rows[r + 3] * stride + offset, width);
            var va = Vectors(a);
            var vb = Vectors(b);
            var vc = Vectors(c);
            var vd = Vectors(d);
            Lane sa = default, sb = default, sc = default, sd = default;
            for (var i = 0; i < vv.Length; i++)
            {
                var x = vv[i];
                sa += va[i] * x;
                sb += vb[i] * x;
                sc += vc[i] * x;
                sd += vd[i] * x;
            }
            var (ta, tb, tc, td) = (Vector512.Sum(sa), Vector512.Sum(sb), Vector512.Sum(sc), Vector512.Sum(sd));
            for (var i = vv.Length * Lanes; i < width; i++)
            {
                ta += a[i] * vector[i];
                tb += b[i] * vector[i];
                tc += c[i] * vector[i];
                td += d[i] * vector[i];
            }
            (result[r], result[r + 1], result[r + 2], result[r + 3]) = (ta, tb, tc, td);
        }
        for (; r < rows.Length; r++)
        {
            result[r] = Dot(matrix.Slice(rows[r] * stride + offset, width), vector);
        }
    }

    /// <summary>For every listed row: result[r] = row · vector with the row as it was, then row += scales[r] · vector;
    /// each row is loaded and stored once, and each block of the vector is loaded once per four rows.</summary>
    public static void DotThenAddScaledRows(Span<double> matrix, int stride, int offset, ReadOnlySpan<int> rows, ReadOnlySpan<double> scales, ReadOnlySpan<double> vector, Span<double> result)
    {
        var width = vector.Length;
        var vv = Vectors(vector);
        var r = 0;
        for (; r + 4 <= rows.Length; r += 4)
        {
            var a = matrix.Slice(rows[r] * stride + offset, width);
            var b = matrix.Slice(rows[r + 1] * stride + offset, width);
            var c = matrix.Slice(rows[r + 2] * stride + offset, width);
            var d = matrix.Slice(rows[r + 3] * stride + offset, width);
            ref var va = ref Unsafe.As<double, Lane>(ref MemoryMarshal.GetReference(a));
            ref var vb = ref Unsafe.As<double, Lane>(ref MemoryMarshal.GetReference(b));
            ref var vc = ref Unsafe.As<double, Lane>(ref MemoryMarshal.GetReference(c));
            ref var vd = ref Unsafe.As<double, Lane>(ref MemoryMarshal.GetReference(d));
            var (s0, s1, s2, s3) = (scales[r], scales[r + 1], scales[r + 2], scales[r + 3]);
            var (w0, w1, w2, w3) = (Vector512.Create(s0), Vector512.Create(s1), Vector512.Create(s2), Vector512.Create(s3));
            Lane sa = default, sb = default, sc = default, sd = default;
            for (var i = 0; i < vv.Length; i++)
            {
                var x = vv[i];
                ref var ra = ref Unsafe.Add(ref va, i);
                ref var rb = ref Unsafe.Add(ref vb, i);
                ref var rc = ref Unsafe.Add(ref vc, i);
                ref var rd = ref Unsafe.Add(ref vd, i);
                sa = Vector512.FusedMultiplyAdd(ra, x, sa);
                sb = Vector512.FusedMultiplyAdd(rb, x, sb);
                sc = Vector512.FusedMultiplyAdd(rc, x, sc);
                sd = Vector512.FusedMultiplyAdd(rd, x, sd);
                ra = Vector512.FusedMultiplyAdd(x, w0, ra);
                rb = Vector512.FusedMultiplyAdd(x, w1, rb);
                rc = Vector512.FusedMultiplyAdd(x, w2, rc);
                rd = Vector512.FusedMultiplyAdd(x, w3, rd);
            }
            var (ta, tb, tc, td) = (Vector512.Sum(sa), Vector512.Sum(sb), Vector512.Sum(sc), Vector512.Sum(sd));
            for (var i = vv.Length * Lanes; i < width; i++)
            {
                var x = vector[i];
                (ta, tb, tc, td) = (ta + a[i] * x, tb + b[i] * x, tc + c[i] * x, td + d[i] * x);
                (a[i], b[i], c[i], d[i]) = (a[i] + x * s0, b[i] + x * s1, c[i] + x * s2, d[i] + x * s3);
            }
            (result[r], result[r + 1], result[r + 2], result[r + 3]) = (ta, tb, tc, td);
        }
        for (; r < rows.Length; r++)
        {
            var row = matrix.Slice(rows[r] * stride + offset, width);
            result[r] = Dot(row, vector);
            AddScaled(row, vector, scales[r]);
        }
    }

    public static void AddScaled(Span<double> target, ReadOnlySpan<double> source, double scale)
    {
        var vt = MemoryMarshal.Cast<double, Lane>(target);
        var vs = Vectors(source);
        for (var i = 0; i < vt.Length; i++)
        {
            vt[i] += vs[i] * scale;
        }
        for (var i = vt.Length * Lanes; i < target.Length; i++)
        {
            target[i] += source[i] * scale;
        }
    }

    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var va = Vectors(a);
        var vb = Vectors(b);
        Lane sum = default;
        for (var i = 0; i < va.Length; i++)
        {
            sum += va[i] * vb[i];
        }
        var total = Vector512.Sum(sum);
        for (var i = va.Length * Lanes; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }
        return total;
    }

    /// <summary>A reference to the first lane of matrix[start .. start + width), after one bounds check of the whole row.</summary>
    private static ref Lane Row(ReadOnlySpan<double> matrix, int start, int width) =>
        ref Unsafe.As<double, Lane>(ref MemoryMarshal.GetReference(matrix.Slice(start, width)));

    private static ReadOnlySpan<Lane> Vectors(ReadOnlySpan<double> values) => MemoryMarshal.Cast<double, Lane>(values);
}
