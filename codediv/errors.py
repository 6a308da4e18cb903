"""The one base class for errors a user can cause and fix.

Every stage raises a subclass (``ConfigError``, ``DataError``, ``SourceUnavailable``,
``ModelUnavailable``, ``TrainError``, ``EvalError``, ``BackendError``, ``AnalysisError``,
``ReportError``, ``PublishError``, ``RunFolderError``, ``IsolationUnavailable``,
``JudgeInputError``) whose message is one sentence saying what to do;
the CLI turns any of them into that sentence and exit status 2, never a traceback.
"""


class CodedivError(ValueError):
    """An error the user can fix; the message says how."""
