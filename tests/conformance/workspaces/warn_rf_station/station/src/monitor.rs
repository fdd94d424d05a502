use netlink::*;
use sensor::Probe as Sensor;

// Shadows `netlink::send`, which the glob above also brings in.
fn send(p: &Packet) -> bool {
    p.seq > 0
}

fn drain(probe: &Probe) -> i32 {
    probe.mean()
}

pub fn run(probe: &mut Probe) -> u16 {
    let mut pkt = Packet { from: Reading { channel: 1, value: 5 }, seq: 1 };
    let spare = Reading { channel: 2, value: 0 };
    probe.record(pkt.from);
    let state = match probe.state {
        Idle | Stopped => 0,
        Running => 1,
        Fault(code) if code > 3 => 2,
        Fault(_) => 3,
        Running => 4,
    };
    if send(&pkt) {
        pkt.seq + state
    } else {
        0
    }
}
