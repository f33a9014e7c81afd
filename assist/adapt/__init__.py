"""The shop's own retrieval model: trained on its knowledge folder, searched as a channel.

features.py and static_model.py run in the app's process (numpy only); training needs torch and
runs in a child process (runner.py), so the sidebar never imports torch and can cancel it.
"""
