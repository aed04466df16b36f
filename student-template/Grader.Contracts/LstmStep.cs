namespace Grader.Contracts;

/// <summary>What one step of the LSTM of <see cref="ILstmWorked"/> computes.</summary>
/// <remarks>A class rather than a record: a record's generated members (Clone, Equals, ToString) carry no
/// documentation, and every public member of the contracts is documented.</remarks>
public sealed class LstmStep
{
    /// <summary>The forget gate f_t.</summary>
    public required double F { get; init; }

    /// <summary>The input gate i_t.</summary>
    public required double I { get; init; }

    /// <summary>The output gate o_t.</summary>
    public required double O { get; init; }

    /// <summary>The candidate cell state C̃_t.</summary>
    public required double CandidateC { get; init; }

    /// <summary>The new cell state C_t.</summary>
    public required double C { get; init; }

    /// <summary>The new output h_t.</summary>
    public required double H { get; init; }
}
