// lints: dead_code
// A plugin registry where several layers only serve code that is itself dead.
mod registry {
    pub struct Plugin {
        pub name: &'static str,
        pub version: u32,
        pub priority: u8,
    }

    pub static BUILTIN: Plugin = Plugin { name: "core", version: 1, priority: 0 };
    static SPARE: Plugin = Plugin { name: "spare", version: 0, priority: 9 };

    pub const MAX_PLUGINS: usize = 8;
    const DEFAULT_PRIORITY: u8 = 5;

    impl Plugin {
        pub const API_LEVEL: u32 = 3;
        const CHECKSUM_SEED: u32 = 0xBEEF;

        pub fn label(&self) -> &'static str {
            self.name
        }

        fn checksum(&self) -> u32 {
            Self::CHECKSUM_SEED ^ self.version
        }

        pub fn fresh(name: &'static str) -> Plugin {
            Plugin { name, version: 0, priority: DEFAULT_PRIORITY }
        }
    }

    pub mod loader {
        use super::Plugin;

        pub fn load_all() -> usize {
            super::MAX_PLUGINS
        }

        fn probe(p: &Plugin) -> u32 {
            p.checksum_proxy()
        }

        impl Plugin {
            fn checksum_proxy(&self) -> u32 {
                self.version + 1
            }
        }

        pub mod deep {
            pub fn unused_deep() -> u32 {
                42
            }
        }
    }
}

use registry::{loader, Plugin, BUILTIN};

enum Stage {
    Init,
    Run,
    Teardown,
}

fn stage_name(s: Stage) -> &'static str {
    match s {
        Stage::Init => "init",
        Stage::Run => "run",
        Stage::Teardown => "teardown",
    }
}

fn main() {
    println!("{} {}", BUILTIN.label(), Plugin::API_LEVEL);
    println!("{}", loader::load_all());
    println!("{}", stage_name(Stage::Run));
}
