// Building structs and forgetting fields; typo'd field names.
#[derive(Debug)]
struct User {
    active: bool,
    username: &'static str,
    email: &'static str,
    sign_in_count: u64,
}

fn build_user(email: &'static str, username: &'static str) -> User {
    User {
        active: true,
        username,
        email,
    }
}

fn main() {
    let user1 = build_user("someone@example.com", "someusername123");
    let user2 = User {
        email: "another@example.com",
        ..user1
    };
    let user3 = User {
        active: false,
        usename: "typo",
        email: "x@y.z",
        sign_in_count: 0,
    };
    println!("{:?} {:?}", user2, user3);
}
