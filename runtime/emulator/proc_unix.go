//go:build unix

package emulator

import (
	"os/exec"
	"syscall"
)

// setProcessGroup puts the emulator in its own process group, so Stop also
// ends what a wrapper (npx, a shell script, localstack start) started.
func setProcessGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
}

func terminate(cmd *exec.Cmd) { _ = syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM) }

func kill(cmd *exec.Cmd) { _ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
