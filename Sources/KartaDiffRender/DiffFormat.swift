import KartaDiff
