// The output files and writer are part of what a site build gives back, so KartaSite's users see
// them without importing the module that writes them.
@_exported import KartaOutput
