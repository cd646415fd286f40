./generic_identity.go:6:19: moved to heap: v
