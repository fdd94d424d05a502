#[derive(Debug, Clone)]
pub struct User {
    pub id: u64,
    pub name: String
    pub email: String,
    pub active: bool,
}

fn main() {
    let u = User { id: 1, name: "ann".into(), email: "a@b.c".into(), active: true };
    println!("{:?}", u);
}
