from ui.entry import main

raise SystemExit(main())
