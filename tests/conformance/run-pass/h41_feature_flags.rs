// Feature-flag evaluation: per-user flag arrays combined with bool operators over references.
const FLAGS: usize = 5;
const FLAG_NAMES: [&str; FLAGS] = ["dark_mode", "beta_search", "new_checkout", "fast_sync", "audit_log"];

#[derive(Debug, Clone, Copy)]
struct User {
    id: u32,
    opted_in: [bool; FLAGS],
    staff: bool,
}

struct Rollout {
    forced_on: [bool; FLAGS],
    forced_off: [bool; FLAGS],
    staff_only: [bool; FLAGS],
}

impl Rollout {
    fn enabled(&self, user: &User) -> [bool; FLAGS] {
        let mut out = [false; FLAGS];
        for i in 0..FLAGS {
            let on = &self.forced_on[i];
            let off = &self.forced_off[i];
            let staff_gate = &self.staff_only[i];
            let wants = &user.opted_in[i];
            // forced on wins, forced off beats opt-in, staff-only needs staff
            let allowed = !staff_gate | user.staff;
            out[i] = on | (wants & allowed & !off);
        }
        out
    }
}

fn bucket(id: u32) -> bool {
    // pseudo-random 50% bucket from a multiplicative hash
    id.wrapping_mul(2_654_435_761) >> 31 == 1
}

fn summarize(enabled: &[bool; FLAGS]) -> u8 {
    let mut mask = 0u8;
    for (i, on) in enabled.iter().enumerate() {
        if *on {
            mask |= 1 << i;
        }
    }
    mask
}

fn main() {
    let rollout = Rollout {
        forced_on: [false, false, false, false, true],
        forced_off: [false, true, false, false, false],
        staff_only: [false, false, true, false, false],
    };
    let mut users = [User { id: 0, opted_in: [false; FLAGS], staff: false }; 6];
    for (n, u) in users.iter_mut().enumerate() {
        u.id = 1000 + n as u32 * 37;
        u.staff = n % 3 == 0;
        for f in 0..FLAGS {
            u.opted_in[f] = (u.id >> f) & 1 == 1 || bucket(u.id + f as u32);
        }
    }
    let mut counts = [0u32; FLAGS];
    for u in &users {
        let on = rollout.enabled(u);
        let mask = summarize(&on);
        println!("user {} staff={:<5} mask={:05b}", u.id, u.staff, mask);
        for (i, flag) in on.iter().enumerate() {
            counts[i] += *flag as u32;
        }
    }
    for (i, name) in FLAG_NAMES.iter().enumerate() {
        println!("{:<14} {}", name, counts[i]);
    }
}
