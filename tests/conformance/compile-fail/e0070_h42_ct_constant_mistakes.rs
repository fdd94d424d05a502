// Constant mistakes: assigning to a const and to an immutable static.
const MAX_USERS: u32 = 100;
static mut_name_is_not_enough: u32 = 0;
static VERSION: u32 = 1;

fn can_join(current: u32) -> bool {
    current < MAX_USERS
}

fn main() {
    let mut users = 0;
    while can_join(users) {
        users += 25;
    }
    println!("stopped at {}", users);
    // mistake 1: constants are not places
    MAX_USERS = 200;
    // mistake 2: statics without `mut` are immutable
    VERSION = 2;
    println!("{} {}", VERSION, mut_name_is_not_enough);
}
