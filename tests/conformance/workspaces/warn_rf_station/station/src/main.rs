mod monitor;

use netlink::wire::{checksum, encode};
use netlink::{Packet, Reading as R};
use sensor::State::*;
use sensor::{calibrate, State, CHANNELS};

const WINDOW: usize = sensor::CHANNELS * 2;
const SPARE: [u8; sensor::CHANNELS] = [0; CHANNELS];

type Frame = [R; CHANNELS];

struct Log {
    frames: [Frame; 2],
    last: Packet,
}

fn replay(log: &Log) -> u32 {
    let mut sum = 0;
    for f in log.frames {
        for r in f {
            sum += encode(r);
        }
    }
    sum
}

fn status(s: State) -> u8 {
    match s {
        Idle => 0,
        Running | Fault(_) => 1,
        Stoped => 2,
        Stopped => 3,
    }
}

fn main() {
    let zero = R { channel: 0, value: 0 };
    let one = calibrate(zero, 1);
    let log = Log { frames: [[zero, one, zero], [one; CHANNELS]], last: Packet { from: one, seq: WINDOW as u16 } };
    let mut probe = sensor::Probe::new("p1");
    probe.record(one);
    println!("{} {} {}", replay(&log), status(probe.state), monitor::run(&mut probe));
}
