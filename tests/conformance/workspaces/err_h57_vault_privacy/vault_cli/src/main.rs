use vaultcore_h57::keys::{derive_key, Badge};
use vaultcore_h57::{KeyId, Vault};

fn main() {
    let mut v = Vault::new("cellar", 42);
    let guess = KeyId(42);
    println!("opened {}: {}", v.label, v.open(guess));
    println!("secret was {}", v.secret);
    if v.check(KeyId(7)) {
        println!("lucky");
    }
    let admin = Badge { owner: "root", level: 9 };
    println!("{} at level {}", admin.owner, admin.level());
    println!("{}", vaultcore_h57::sealing::mix(1, 2));
    println!("salt {}", vaultcore_h57::MASTER_SALT);
    println!("tries {}", v.opened);
}
