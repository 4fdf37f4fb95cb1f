//go:build !unix

package emulator

import "os/exec"

// Without process groups only the command itself is stopped.
func setProcessGroup(*exec.Cmd) {}

func terminate(cmd *exec.Cmd) { _ = cmd.Process.Kill() }

func kill(cmd *exec.Cmd) { _ = cmd.Process.Kill() }
