using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Samples;

// A correct GRU written with plain loops, independently of the answer key. Sample submissions link to this
// file and derive from it, each changing one thing; it is abstract, so the grader never takes it for the solution.
public abstract class HonestGruCell : IGruCell
{
    private double[] _x = [], _h = [], _z = [], _r = [], _c = [];

    public Matrix<double> Wzh { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> Wzx { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> Wrh { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> Wrx { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> Wh { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> Wx { get; set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> DWzh { get; protected set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> DWzx { get; protected set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> DWrh { get; protected set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> DWrx { get; protected set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> DWh { get; protected set; } = Matrix<double>.Build.Dense(1, 1);
    public Matrix<double> DWx { get; protected set; } = Matrix<double>.Build.Dense(1, 1);

    /// <summary>The one public case with seven inputs, where the hostile samples misbehave; every other case, the
    /// hidden ones included, gets honest answers, so a test can see that the rest is still graded.</summary>
    protected bool InTriggerCase => _x.Length == 7;

    public virtual Vector<double> Forward(Vector<double> x, Vector<double> hPrev)
    {
        int n = hPrev.Count, d = x.Count;
        _x = x.ToArray();
        _h = hPrev.ToArray();
        _z = new double[n];
        _r = new double[n];
        _c = new double[n];
        for (var i = 0; i < n; i++)
        {
            double zi = 0, ri = 0;
            for (var j = 0; j < n; j++) { zi += Wzh[i, j] * _h[j]; ri += Wrh[i, j] * _h[j]; }
            for (var k = 0; k < d; k++) { zi += Wzx[i, k] * _x[k]; ri += Wrx[i, k] * _x[k]; }
            _z[i] = 1 / (1 + Math.Exp(-zi));
            _r[i] = 1 / (1 + Math.Exp(-ri));
        }
        var next = new double[n];
        for (var i = 0; i < n; i++)
        {
            double a = 0;
            for (var j = 0; j < n; j++) a += Wh[i, j] * _r[j] * _h[j];
            for (var k = 0; k < d; k++) a += Wx[i, k] * _x[k];
            _c[i] = Math.Tanh(a);
            next[i] = (1 - _z[i]) * _h[i] + _z[i] * _c[i];
        }
        return Vector<double>.Build.DenseOfArray(next);
    }

    public virtual (Vector<double> Dx, Vector<double> Dh) Backward(Vector<double> delta)
    {
        int n = _h.Length, d = _x.Length;
        var dA = new double[n];
        var dZ = new double[n];
        for (var i = 0; i < n; i++)
        {
            dA[i] = delta[i] * _z[i] * (1 - _c[i] * _c[i]);
            dZ[i] = delta[i] * (_c[i] - _h[i]) * _z[i] * (1 - _z[i]);
        }
        var dRh = new double[n];
        for (var j = 0; j < n; j++)
            for (var i = 0; i < n; i++) dRh[j] += Wh[i, j] * dA[i];
        var dR = new double[n];
        for (var j = 0; j < n; j++) dR[j] = dRh[j] * _h[j] * _r[j] * (1 - _r[j]);

        DWh = Matrix<double>.Build.Dense(n, n, (i, j) => dA[i] * _r[j] * _h[j]);
        DWx = Matrix<double>.Build.Dense(n, d, (i, k) => dA[i] * _x[k]);
        DWzh = Matrix<double>.Build.Dense(n, n, (i, j) => dZ[i] * _h[j]);
        DWzx = Matrix<double>.Build.Dense(n, d, (i, k) => dZ[i] * _x[k]);
        DWrh = Matrix<double>.Build.Dense(n, n, (i, j) => dR[i] * _h[j]);
        DWrx = Matrix<double>.Build.Dense(n, d, (i, k) => dR[i] * _x[k]);

        var dx = new double[d];
        for (var k = 0; k < d; k++)
            for (var i = 0; i < n; i++) dx[k] += Wzx[i, k] * dZ[i] + Wrx[i, k] * dR[i] + Wx[i, k] * dA[i];
        var dh = new double[n];
        for (var j = 0; j < n; j++)
        {
            dh[j] = delta[j] * (1 - _z[j]) + dRh[j] * _r[j];
            for (var i = 0; i < n; i++) dh[j] += Wzh[i, j] * dZ[i] + Wrh[i, j] * dR[i];
        }
        return (Vector<double>.Build.DenseOfArray(dx), Vector<double>.Build.DenseOfArray(dh));
    }
}
