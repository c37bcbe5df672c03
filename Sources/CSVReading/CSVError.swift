import Diagnostics

/// A problem in a CSV file, printed as `FILE:LINE: error: MESSAGE`: the one diagnostic type.
public typealias CSVError = Diagnostic
