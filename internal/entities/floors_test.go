package entities

// Floors under the measured entity F1 (see doc.go for the measures).
const (
	floorDev     = 0.0
	floorCT25fr  = 0.0
	floorCT25en  = 0.0
	floorProject = 0.0
)
