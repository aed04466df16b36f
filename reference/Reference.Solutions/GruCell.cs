using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Reference.Solutions;

/// <summary>The answer key for <c>gru-cell</c>: a GRU step without biases, and its backward pass.</summary>
/// <remarks>Not sealed: each step that a known mistake gets wrong is a protected virtual method, so that a variant
/// making that mistake overrides that step alone.</remarks>
public class GruCell : IGruCell
{
    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;

    private Vector<double> _x = Vector<double>.Build.Dense(0);
    private Vector<double> _h = Vector<double>.Build.Dense(0);
    private Vector<double> _z = Vector<double>.Build.Dense(0);
    private Vector<double> _r = Vector<double>.Build.Dense(0);
    private Vector<double> _candidate = Vector<double>.Build.Dense(0);

    public Matrix<double> Wzh { get; set; } = M.Dense(0, 0);
    public Matrix<double> Wzx { get; set; } = M.Dense(0, 0);
    public Matrix<double> Wrh { get; set; } = M.Dense(0, 0);
    public Matrix<double> Wrx { get; set; } = M.Dense(0, 0);
    public Matrix<double> Wh { get; set; } = M.Dense(0, 0);
    public Matrix<double> Wx { get; set; } = M.Dense(0, 0);

    public Matrix<double> DWzh { get; protected set; } = M.Dense(0, 0);
    public Matrix<double> DWzx { get; protected set; } = M.Dense(0, 0);
    public Matrix<double> DWrh { get; protected set; } = M.Dense(0, 0);
    public Matrix<double> DWrx { get; protected set; } = M.Dense(0, 0);
    public Matrix<double> DWh { get; protected set; } = M.Dense(0, 0);
    public Matrix<double> DWx { get; protected set; } = M.Dense(0, 0);

    /// <summary>The h of the last <see cref="Forward"/>.</summary>
    protected Vector<double> PreviousState => _h;

    public Vector<double> Forward(Vector<double> x, Vector<double> hPrev)
    {
        _x = x;
        _h = hPrev;
        _z = Sigmoid(Wzh * hPrev + Wzx * x);
        _r = Sigmoid(Wrh * hPrev + Wrx * x);
        _candidate = (Wh * _r.PointwiseMultiply(hPrev) + Wx * x).PointwiseTanh();
        var (keep, take) = KeepAndTake(_z);
        return keep.PointwiseMultiply(hPrev) + take.PointwiseMultiply(_candidate);
    }

    public (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta)
    {
        var (keep, take) = KeepAndTake(_z);
        // Pre-activation gradients of the candidate, the update gate and the reset gate.
        var candidatePre = delta.PointwiseMultiply(take).PointwiseMultiply(TanhSlope(_candidate));
        var updatePre = delta.PointwiseMultiply(UpdateEffect(_candidate, _h)).PointwiseMultiply(SigmoidSlope(_z));
        var resetState = Wh.TransposeThisAndMultiply(candidatePre);
        var resetPre = resetState.PointwiseMultiply(_h).PointwiseMultiply(SigmoidSlope(_r));

        SetWeightGradients(candidatePre, updatePre, resetPre);

        var dx = Wzx.TransposeThisAndMultiply(updatePre)
            + Wrx.TransposeThisAndMultiply(resetPre)
            + Wx.TransposeThisAndMultiply(candidatePre);
        var dh = StateGradient(
            delta.PointwiseMultiply(keep),
            Wzh.TransposeThisAndMultiply(updatePre),
            Wrh.TransposeThisAndMultiply(resetPre),
            resetState.PointwiseMultiply(_r));
        return (dx, dh);
    }

    /// <summary>The weights of the old state and of the candidate in h' = (1 − z) ⊙ h + z ⊙ h̃.</summary>
    protected virtual (Vector<double> Keep, Vector<double> Take) KeepAndTake(Vector<double> z) => (1.0 - z, z);

    /// <summary>∂h'/∂z = h̃ − h.</summary>
    protected virtual Vector<double> UpdateEffect(Vector<double> candidate, Vector<double> hPrev) => candidate - hPrev;

    /// <summary>tanh'(a) written with tanh(a) itself: 1 − tanh²(a).</summary>
    protected virtual Vector<double> TanhSlope(Vector<double> tanh) => 1.0 - tanh.PointwiseMultiply(tanh);

    /// <summary>σ'(a) written with σ(a) itself: σ(a)(1 − σ(a)).</summary>
    protected virtual Vector<double> SigmoidSlope(Vector<double> sigmoid) => sigmoid.PointwiseMultiply(1.0 - sigmoid);

    /// <summary>Each weight's gradient: the pre-activation gradient it feeds times what it multiplied (r ⊙ h for Wh).</summary>
    protected virtual void SetWeightGradients(Vector<double> candidatePre, Vector<double> updatePre, Vector<double> resetPre)
    {
        DWh = candidatePre.OuterProduct(_r.PointwiseMultiply(_h));
        DWx = candidatePre.OuterProduct(_x);
        DWzh = updatePre.OuterProduct(_h);
        DWzx = updatePre.OuterProduct(_x);
        DWrh = resetPre.OuterProduct(_h);
        DWrx = resetPre.OuterProduct(_x);
    }

    /// <summary>dh sums the four ways h reaches h': directly through (1 − z) ⊙ h, through the update gate, through the
    /// reset gate, and through the r ⊙ h the candidate sees.</summary>
    protected virtual Vector<double> StateGradient(Vector<double> direct, Vector<double> throughUpdate,
        Vector<double> throughReset, Vector<double> throughCandidate) =>
        direct + throughUpdate + throughReset + throughCandidate;

    private static Vector<double> Sigmoid(Vector<double> v) => v.Map(a => 1.0 / (1.0 + Math.Exp(-a)));
}
