// lints: non_camel_case_types non_snake_case unused_variables dead_code
// Modbus-like protocol state machine with C-style names carried over from a header file.
#[derive(Debug, Clone, Copy, PartialEq)]
enum link_state {
    Idle,
    Waiting_Reply,
    Error(u8),
}

#[derive(Debug, Clone, Copy)]
struct frame_hdr {
    unitId: u8,
    func: u8,
    len: u8,
}

const REPLY_TIMEOUT: u32 = 50;

fn next_state(s: link_state, hdr: frame_hdr, elapsed: u32) -> link_state {
    match s {
        link_state::Idle => link_state::Waiting_Reply,
        link_state::Waiting_Reply if elapsed > REPLY_TIMEOUT => link_state::Error(1),
        link_state::Waiting_Reply => {
            if hdr.func & 0x80 != 0 {
                link_state::Error(hdr.func & 0x7f)
            } else {
                link_state::Idle
            }
        }
        link_state::Error(code @ 1..=3) => link_state::Idle,
        link_state::Error(Code) => link_state::Error(0),
    }
}

fn main() {
    let hdr = frame_hdr { unitId: 1, func: 0x83, len: 4 };
    let mut s = link_state::Idle;
    for elapsed in [0u32, 10, 70, 0] {
        s = next_state(s, hdr, elapsed);
        println!("{:?}", s);
    }
    println!("{}", hdr.unitId);
}
