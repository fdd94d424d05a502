// `const` and `static` without a type annotation.
const MAX_USERS = 64;
static GREETING = "hi";

fn main() {
    println!("{} {}", MAX_USERS, GREETING);
}
