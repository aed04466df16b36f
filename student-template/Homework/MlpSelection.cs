using Grader.Contracts;
using MathNet.Numerics.LinearAlgebra;

namespace Homework;

/// <summary>Your model selection. The problem: problems/mlp-selection.md. Grader.Toolkit has the classifier,
/// the grid search and <c>SelectionReport</c>, as scikit-learn would.</summary>
public sealed class MlpSelection : IMlpSelection
{
    public void Run(Matrix<double> trainX, Vector<double> trainY, Matrix<double> devX, Vector<double> devY, int randomState) =>
        throw NotDone("Run: the default classifier and your grid search");

    public double DefaultTrainAccuracy => throw NotDone("DefaultTrainAccuracy");
    public double DefaultDevAccuracy => throw NotDone("DefaultDevAccuracy");
    public Matrix<double> Grid => throw NotDone("Grid, one report row per point");
    public Vector<double> Best => throw NotDone("Best, the best point's report row");
    public double Improvement => throw NotDone("Improvement, best dev accuracy minus default dev accuracy");

    private static NotImplementedException NotDone(string what) =>
        new($"mlp-selection: {what} is not implemented yet. See problems/mlp-selection.md.");
}
